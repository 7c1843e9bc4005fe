import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadWatchlist, WATCHLIST_PAGE_SIZE } from "@/app/_data/reviews";
import { pluralise } from "@/lib/format";
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
  const loaded = await loadWatchlistView(await params);
  if (!loaded) return { title: "Watchlist not found" };
  const { user, name, sort, page, total } = loaded;
  return pageMetadata({
    title: `${name}’s watchlist${page > 1 ? `, page ${page}` : ""}`,
    description: `${pluralise(total, "film")} ${name} (@${user.username}) wants to see, on Marquee: latest added first, by year, or highest rated first.`,
    path: watchlistPath(user.username, sort, page),
  });
}

export default async function WatchlistPage({ params }: WatchlistPageProps) {
  const loaded = await loadWatchlistView(await params);
  if (!loaded) notFound();
  const { user, name, sort, page, entries, total, pages } = loaded;
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: "Watchlist", path: watchlistPath(user.username) }]}
        heading={(memberLink) => <>{memberLink}’s watchlist</>}
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
