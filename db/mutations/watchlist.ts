// Adds films to and removes them from a member's own watchlist; both are idempotent, so a double tap does no harm.
import { and, eq, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { films, users, watchlistEntries } from "../schema";

interface WatchlistChange {
  userId: number;
  filmId: number;
}

export type AddToWatchlistResult = { ok: true; isAdded: boolean } | { ok: false; reason: "film-gone" };

/** Puts the film on the member's watchlist, dated now; a film already on it keeps the date it was added. */
export async function addToWatchlist({ userId, filmId }: WatchlistChange): Promise<AddToWatchlistResult> {
  return getPrimaryDb().transaction(async (tx) => {
    // Selected from films, so that a film deleted meanwhile is a refusal rather than a foreign key error.
    const added = await tx.execute(sql`
      insert into ${watchlistEntries} (user_id, film_id)
      select ${userId}, ${films.id} from ${films} where ${films.id} = ${filmId}
      on conflict do nothing
      returning film_id`);
    if (added.length > 0) return { ok: true, isAdded: true } as const;
    const [film] = await tx.select({ id: films.id }).from(films).where(eq(films.id, filmId));
    return film ? ({ ok: true, isAdded: false } as const) : ({ ok: false, reason: "film-gone" } as const);
  });
}

/** Takes the film off the member's watchlist; whether it was on it. */
export async function removeFromWatchlist({ userId, filmId }: WatchlistChange) {
  return getPrimaryDb().transaction(async (tx) => {
    const removed = await tx
      .delete(watchlistEntries)
      .where(and(eq(watchlistEntries.userId, userId), eq(watchlistEntries.filmId, filmId)))
      .returning({ filmId: watchlistEntries.filmId });
    return removed.length > 0;
  });
}

/** Shows the member's watchlist to everyone, or to themselves only. */
export async function setWatchlistVisibility(userId: number, isPublic: boolean) {
  await getPrimaryDb()
    .update(users)
    .set({ watchlistIsPublic: isPublic, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
