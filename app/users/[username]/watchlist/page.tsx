import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import { loadWatchlist, WATCHLIST_PAGE_SIZE } from "@/app/_data/reviews";
import { WATCHLIST_SORTS, type WatchlistSort } from "@/lib/browse-sorts";
import { pluralise } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { watchlistPath, watchlistView } from "@/lib/watchlist-paths";
import { loadMemberListView } from "../member-list-view";
import { WatchlistList } from "./_components/watchlist-list";

interface WatchlistPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ username: string; sort?: string; page?: string }>;
}

const SORT_LABELS: Record<WatchlistSort, string> = {
  date: "Recently added",
  year: "Year",
  rating: "Highest rated",
};

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

function loadWatchlistView({ username, ...segments }: Awaited<WatchlistPageProps["params"]>) {
  return loadMemberListView(username, watchlistView(segments), loadWatchlist, WATCHLIST_PAGE_SIZE);
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
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name, path: `/users/${user.username}` },
          { name: "Watchlist", path: watchlistPath(user.username) },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        <Link href={`/users/${user.username}`}>{name}</Link>’s watchlist
      </h1>
      <p>{pluralise(total, "film")}</p>
      <ChoiceLinks
        label="Sort watchlist"
        options={WATCHLIST_SORTS}
        current={sort}
        labelFor={(option) => SORT_LABELS[option]}
        hrefFor={(option) => watchlistPath(user.username, option)}
      />
      {entries.length === 0 ? <p>No films on this watchlist yet.</p> : <WatchlistList entries={entries} />}
      <Pagination page={page} pages={pages} hrefFor={(target) => watchlistPath(user.username, sort, target)} />
    </div>
  );
}
