import { getTranslations } from "next-intl/server";
import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { loadUserPage } from "@/app/_data/reviews";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { DEFAULT_LOCALE, isLocale, localisedPath } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; username: string }> }) {
  const { locale: segment, username } = await params;
  const page = await loadUserPage(username);
  if (!page) return notFoundResponse();
  const { user } = page;
  // A route handler is not a page: its language is the path's segment, named to next-intl.
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "MemberFeed" });
  const xml = await loadReviewsFeedXml({
    title: t("title", { name: user.displayName ?? user.username }),
    pagePath: localisedPath(locale, `/users/${user.username}`),
    feedPath: localisedPath(locale, `/users/${user.username}/feed.xml`),
    scope: { userId: user.id },
    tags: [cacheTags.user(user.id)],
  });
  return xmlResponse(xml, "application/atom+xml");
}
