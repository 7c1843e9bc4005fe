// Reads of members' watchlists: the watchlist page, the count on the profile, and the film page's own button.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { WatchlistSort } from "@/lib/browse-sorts";
import { getDb } from "../client";
import { filmRatingStats, films, watchlistEntries } from "../schema";
import { meanRating } from "./browse";
import { filmCard } from "./films";
import { splitWindowTotal } from "./window-total";

const watchlistOrder = {
  date: [desc(watchlistEntries.addedAt), desc(watchlistEntries.filmId)],
  year: [desc(films.year), asc(films.title), asc(films.id)],
  // Films nobody has rated yet come last.
  rating: [sql`${meanRating} desc nulls last`, asc(films.title), asc(films.id)],
} satisfies Record<WatchlistSort, unknown[]>;

/** One page of a member's watchlist in the chosen order, each film with its average rating; and how many in all. */
export async function listWatchlist(
  userId: number,
  { sort, page, pageSize }: { sort: WatchlistSort; page: number; pageSize: number },
) {
  const theirs = eq(watchlistEntries.userId, userId);
  const rows = await getDb()
    .select({
      addedAt: watchlistEntries.addedAt,
      // The whole card, rating included, for the API's watchlist (lib/api/member-resources.ts).
      film: filmCard,
      meanRating,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(watchlistEntries)
    .innerJoin(films, eq(films.id, watchlistEntries.filmId))
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .where(theirs)
    .orderBy(...watchlistOrder[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const { rows: entries, total } = await splitWindowTotal(rows, page, () => countWatchlist(userId));
  return { entries, total };
}

export type WatchlistEntryData = Awaited<ReturnType<typeof listWatchlist>>["entries"][number];

export async function countWatchlist(userId: number) {
  return getDb().$count(watchlistEntries, eq(watchlistEntries.userId, userId));
}

/** Whether the signed-in member has the film on their watchlist, for its page's button (never cached: per member). */
export async function isOnWatchlist(userId: number, filmId: number) {
  const [entry] = await getDb()
    .select({ filmId: watchlistEntries.filmId })
    .from(watchlistEntries)
    .where(and(eq(watchlistEntries.userId, userId), eq(watchlistEntries.filmId, filmId)))
    .limit(1);
  return entry !== undefined;
}

/**
 * The films on the member's watchlist, for the marks on film cards (never cached: per member). Bounded, newest
 * additions first: a card past that many is left unmarked rather than the answer grown without end.
 */
export async function listWatchlistFilmIds(userId: number, { limit = 5_000 }: { limit?: number } = {}) {
  const rows = await getDb()
    .select({ filmId: watchlistEntries.filmId })
    .from(watchlistEntries)
    .where(eq(watchlistEntries.userId, userId))
    .orderBy(desc(watchlistEntries.addedAt))
    .limit(limit);
  return rows.map((row) => row.filmId);
}
