// An Atom feed of a member's public list: one entry per film, the latest added first, with the member's note.
import { cacheLife, cacheTag } from "next/cache";
import { loadPublicFilmList } from "@/app/_data/film-lists";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { atomFeedXml } from "@/lib/atom";
import { cacheTags } from "@/lib/cache-tags";
import { listPath } from "@/lib/film-list-paths";
import { siteUrl } from "@/lib/site";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export async function generateStaticParams() {
  return [{ username: "admin", slug: IMPOSSIBLE_SLUG }];
}

async function loadListFeedXml(username: string, slug: string) {
  "use cache";
  cacheLife("hours");
  const loaded = await loadPublicFilmList(username, slug);
  if (!loaded) return undefined;
  const { user, list } = loaded;
  cacheTag(cacheTags.user(user.id));
  const origin = siteUrl();
  const author = user.displayName ?? user.username;
  const feedUrl = new URL(`${listPath(user.username, list.slug)}/feed.xml`, origin).toString();
  const entries = [...list.items]
    .sort((a, b) => b.addedAt.getTime() - a.addedAt.getTime())
    .map((item) => {
      const url = new URL(`/films/${item.film.slug}`, origin).toString();
      return {
        id: `${feedUrl}#film-${item.film.id}`,
        url,
        author,
        title: `${item.film.title} (${item.film.year})`,
        published: item.addedAt,
        updated: item.addedAt,
        content: item.note ?? `${item.film.title} (${item.film.year}), added to ${list.title}.`,
      };
    });
  return atomFeedXml({
    id: feedUrl,
    title: `Marquee: ${list.title}, a list by ${author}`,
    url: new URL(listPath(user.username, list.slug), origin).toString(),
    selfUrl: feedUrl,
    entries,
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ username: string; slug: string }> }) {
  const { username, slug } = await params;
  const xml = await loadListFeedXml(username, slug);
  return xml ? xmlResponse(xml, "application/atom+xml") : notFoundResponse();
}
