// Writes to reviews. film_rating_stats follows by trigger inside the same transaction.
import { and, eq, sql } from "drizzle-orm";
import { getPrimaryDb, type Executor } from "../client";
import { films, reviewRevisions, reviews } from "../schema";

export interface ReviewInput {
  userId: number;
  filmId: number;
  rating: number;
  body: string | null;
  hasSpoilers: boolean;
}

export type SaveReviewResult = { ok: true; reviewId: number } | { ok: false; reason: "film-not-found" };

/**
 * One review per user per film: the first save creates it, later saves edit it and keep the earlier version in
 * review_revisions. The existing row is locked, so two saves at once cannot both think they are first.
 */
export async function saveReview(input: ReviewInput): Promise<SaveReviewResult> {
  return getPrimaryDb().transaction((tx) => saveReviewWith(tx, input));
}

/** saveReview's work inside a transaction the caller holds, so an import saves many reviews as one. */
export async function saveReviewWith(tx: Executor, input: ReviewInput): Promise<SaveReviewResult> {
  const [film] = await tx.select({ id: films.id }).from(films).where(eq(films.id, input.filmId));
  if (!film) return { ok: false, reason: "film-not-found" } as const;
  const mine = and(eq(reviews.filmId, input.filmId), eq(reviews.userId, input.userId));
  const { userId, filmId, rating, body, hasSpoilers } = input;
  const [created] = await tx
    .insert(reviews)
    .values({ userId, filmId, rating, body, hasSpoilers })
    .onConflictDoNothing()
    .returning({ id: reviews.id });
  if (created) return { ok: true, reviewId: created.id } as const;

  const [existing] = await tx.select().from(reviews).where(mine).for("update");
  const isChanged = existing!.rating !== rating || existing!.body !== body || existing!.hasSpoilers !== hasSpoilers;
  if (isChanged) {
    await tx.insert(reviewRevisions).values({
      reviewId: existing!.id,
      rating: existing!.rating,
      body: existing!.body,
      hasSpoilers: existing!.hasSpoilers,
      writtenAt: existing!.editedAt ?? existing!.createdAt,
    });
    const now = new Date();
    await tx
      .update(reviews)
      .set({ rating, body, hasSpoilers, updatedAt: now, editedAt: now })
      .where(eq(reviews.id, existing!.id));
  }
  return { ok: true, reviewId: existing!.id } as const;
}

/** Deletes the user's own review; tells which film it was about, or nothing when it is not theirs or gone. */
export async function deleteOwnReview({ userId, reviewId }: { userId: number; reviewId: number }) {
  const [deleted] = await getPrimaryDb()
    .delete(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.userId, userId)))
    .returning({
      filmId: reviews.filmId,
      filmSlug: sql<string>`(select slug from films where id = ${reviews.filmId})`,
    });
  return deleted;
}
