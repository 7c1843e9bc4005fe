// An Atom feed of a member's public list: one entry per film, the latest added first, with the member's note; the
// films named as the feed's language knows them.
import { createTranslator } from "next-intl";
import { cacheLife, cacheTag } from "next/cache";
import { loadPublicFilmList } from "@/app/_data/film-lists";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { localeOrDefault, localisedPath, type Locale } from "@/i18n/locales";
import { atomFeedXml } from "@/lib/atom";
import { cacheTags } from "@/lib/cache-tags";
import { listPath } from "@/lib/film-list-paths";
import { siteUrl } from "@/lib/site";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { messagesFor } from "@/messages";

export async function generateStaticParams() {
  return [{ username: "admin", slug: IMPOSSIBLE_SLUG }];
}

async function loadListFeedXml(locale: Locale, username: string, slug: string) {
  "use cache";
  cacheLife("hours");
  const loaded = await loadPublicFilmList(username, slug);
  if (!loaded) return undefined;
  const { user, list } = loaded;
  cacheTag(cacheTags.user(user.id));
  // A cached function reads no request: the language comes as an argument, and is part of the cache's key.
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "MemberListFeed" });
  const origin = siteUrl();
  const author = user.displayName ?? user.username;
  const pageUrl = (path: string) => new URL(localisedPath(locale, path), origin).toString();
  const feedUrl = pageUrl(`${listPath(user.username, list.slug)}/feed.xml`);
  const entries = (await withFilmsInLanguage(list.items, locale))
    .toSorted((a, b) => b.addedAt.getTime() - a.addedAt.getTime())
    .map((item) => {
      const url = pageUrl(`/films/${item.film.slug}`);
      const film = `${item.film.title} (${item.film.year})`;
      return {
        id: `${feedUrl}#film-${item.film.id}`,
        url,
        author,
        title: film,
        published: item.addedAt,
        updated: item.addedAt,
        content: item.note ?? t("addedTo", { film, list: list.title }),
      };
    });
  return atomFeedXml({
    id: feedUrl,
    title: t("title", { list: list.title, name: author }),
    url: pageUrl(listPath(user.username, list.slug)),
    selfUrl: feedUrl,
    entries,
  });
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; username: string; slug: string }> },
) {
  const { locale, username, slug } = await params;
  const xml = await loadListFeedXml(localeOrDefault(locale), username, slug);
  return xml ? xmlResponse(xml, "application/atom+xml") : notFoundResponse();
}
