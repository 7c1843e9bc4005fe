import { getTranslations } from "next-intl/server";
import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { loadUserPage } from "@/app/_data/reviews";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { localeOrDefault } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; username: string }> }) {
  const { locale: segment, username } = await params;
  const page = await loadUserPage(username);
  if (!page) return notFoundResponse();
  const { user } = page;
  const locale = localeOrDefault(segment);
  const t = await getTranslations({ locale, namespace: "MemberFeed" });
  const xml = await loadReviewsFeedXml({
    title: t("title", { name: user.displayName ?? user.username }),
    pagePath: `/users/${user.username}`,
    feedPath: `/users/${user.username}/feed.xml`,
    scope: { userId: user.id },
    locale,
    tags: [cacheTags.user(user.id)],
  });
  return xmlResponse(xml, "application/atom+xml");
}
