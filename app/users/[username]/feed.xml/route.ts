import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { loadUserPage } from "@/app/_data/reviews";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { cacheTags } from "@/lib/cache-tags";

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ username: string }> }) {
  const page = await loadUserPage((await params).username);
  if (!page) return notFoundResponse();
  const { user } = page;
  const xml = await loadReviewsFeedXml({
    title: `Marquee: reviews by ${user.displayName ?? user.username}`,
    pagePath: `/users/${user.username}`,
    feedPath: `/users/${user.username}/feed.xml`,
    scope: { userId: user.id },
    tags: [cacheTags.user(user.id)],
  });
  return xmlResponse(xml, "application/atom+xml");
}
