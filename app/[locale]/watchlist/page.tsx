// /watchlist: the signed-in member's own watchlist, public or private. Rendered per request from the session
// (app/_components/signed-in-page.ts), never cached; a visitor is sent to sign in. The public page of a public
// watchlist is /users/{username}/watchlist, cached for everyone.
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { memberOrSignIn } from "@/app/_components/signed-in-page";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { loadWatchlist, WATCHLIST_PAGE_SIZE } from "@/app/_data/reviews";
import { WATCHLIST_SORTS, type WatchlistSort } from "@/lib/browse-sorts";
import { pageCount, parseListParams } from "@/lib/list-params";
import { pageMetadata } from "@/lib/page-metadata";
import { watchlistPath } from "@/lib/watchlist-paths";
import { WatchlistView } from "../users/[username]/watchlist/_components/watchlist-view";

// Rendered whole per request (it "blocks"), so that a browser without JavaScript gets the list in the HTML.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OwnWatchlistPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/watchlist",
    isNoIndex: true,
  });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function ownWatchlistPath(sort: WatchlistSort, page = 1) {
  const query = new URLSearchParams();
  if (sort !== WATCHLIST_SORTS[0]) query.set("sort", sort);
  if (page > 1) query.set("page", String(page));
  return query.size > 0 ? `/watchlist?${query}` : "/watchlist";
}

export default async function OwnWatchlistPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await memberOrSignIn("/watchlist");
  const { sort, page } = parseListParams(await searchParams, WATCHLIST_SORTS);
  const listed = await loadWatchlist(user.id, sort, page);
  const pages = pageCount(listed.total, WATCHLIST_PAGE_SIZE);
  if (page > pages) notFound();
  const [t, entries] = await Promise.all([
    getTranslations("OwnWatchlistPage"),
    withFilmsInLanguage(listed.entries, await getLocale()),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p>
        {user.watchlistIsPublic
          ? t.rich("public", { link: (chunks) => <Link href={watchlistPath(user.username)}>{chunks}</Link> })
          : t("private")}{" "}
        <Link href="/settings#watchlist-heading">{t("changeWhoSees")}</Link>
      </p>
      <WatchlistView
        sort={sort}
        page={page}
        pages={pages}
        entries={entries}
        total={listed.total}
        pathFor={ownWatchlistPath}
      />
    </div>
  );
}
