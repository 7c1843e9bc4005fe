import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { loadWatchlist, WATCHLIST_PAGE_SIZE } from "@/app/_data/reviews";
import { pageMetadata } from "@/lib/page-metadata";
import { watchlistPath, watchlistView } from "@/lib/watchlist-paths";
import { loadMemberListView } from "../member-list-view";
import { WatchlistView } from "./_components/watchlist-view";
import { MemberPageHeader } from "../_components/member-page-header";

interface WatchlistPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ username: string; sort?: string; page?: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

async function loadWatchlistView({ username, ...segments }: Awaited<WatchlistPageProps["params"]>) {
  const loaded = await loadMemberListView(username, watchlistView(segments), loadWatchlist, WATCHLIST_PAGE_SIZE);
  // A private watchlist is no page for anyone: its owner reads it at /watchlist.
  return loaded?.user.watchlistIsPublic ? loaded : undefined;
}

export async function generateMetadata({ params }: WatchlistPageProps): Promise<Metadata> {
  const [loaded, t] = await Promise.all([loadWatchlistView(await params), getTranslations("WatchlistPage")]);
  if (!loaded) return { title: t("notFoundTitle") };
  const { user, name, sort, page, total } = loaded;
  const title = t("title", { name });
  return pageMetadata({
    locale: await getLocale(),
    title: page > 1 ? t("pagedTitle", { title, page }) : title,
    description: t("description", { count: total, name, username: user.username }),
    path: watchlistPath(user.username, sort, page),
  });
}

export default async function WatchlistPage({ params }: WatchlistPageProps) {
  const loaded = await loadWatchlistView(await params);
  if (!loaded) notFound();
  const { user, name, sort, page, total, pages } = loaded;
  const [t, entries] = await Promise.all([
    getTranslations("WatchlistPage"),
    withFilmsInLanguage(loaded.entries, await getLocale()),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: t("trail"), path: watchlistPath(user.username) }]}
        heading={(member) => t.rich("heading", { name, member })}
      />
      <WatchlistView
        sort={sort}
        page={page}
        pages={pages}
        entries={entries}
        total={total}
        pathFor={(option, target) => watchlistPath(user.username, option, target)}
      />
    </div>
  );
}
