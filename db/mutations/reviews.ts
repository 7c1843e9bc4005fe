// Writes to reviews. film_rating_stats follows by trigger inside the same transaction; a moderator's hide of the
// author's review of the film holds whatever they save about it (db/mutations/moderation.ts).
import { and, eq, sql } from "drizzle-orm";
import { getPrimaryDb, type Executor } from "../client";
import { films, reviewRevisions, reviews } from "../schema";
import { recordAudit } from "./audit";
import { auditedReviewColumns, holdIfModeratorHid } from "./moderation";

export interface ReviewInput {
  userId: number;
  filmId: number;
  rating: number;
  body: string | null;
  hasSpoilers: boolean;
}

/** A rating given by itself: a new review has no text, an existing one keeps its text and spoiler mark. */
export type RatingInput = Omit<ReviewInput, "body" | "hasSpoilers">;

/**
 * A rating with what is known of the rest, as an import reads it: text or spoiler mark left out is kept as it is (a
 * new review has none).
 */
export type PartialReviewInput = RatingInput & Partial<Pick<ReviewInput, "body" | "hasSpoilers">>;

/** What a save did: "unchanged" when the review already said all it says. */
export type ReviewChange = "added" | "updated" | "unchanged";

export type SaveReviewResult =
  { ok: true; reviewId: number; change: ReviewChange } | { ok: false; reason: "film-not-found" };

/**
 * One review per user per film: the first save creates it, later saves edit it and keep the earlier version in
 * review_revisions. The existing row is locked, so two saves at once cannot both think they are first.
 */
export async function saveReview(input: PartialReviewInput): Promise<SaveReviewResult> {
  return getPrimaryDb().transaction((tx) => saveReviewWith(tx, input));
}

/** saveReview's work inside a transaction the caller holds, so an import saves many reviews as one. */
export async function saveReviewWith(tx: Executor, input: PartialReviewInput): Promise<SaveReviewResult> {
  const [film] = await tx.select({ id: films.id }).from(films).where(eq(films.id, input.filmId));
  if (!film) return { ok: false, reason: "film-not-found" } as const;
  const mine = and(eq(reviews.filmId, input.filmId), eq(reviews.userId, input.userId));
  const { userId, filmId, rating } = input;
  const firstVersion = { userId, filmId, rating, body: input.body ?? null, hasSpoilers: input.hasSpoilers ?? false };
  const [created] = await tx.insert(reviews).values(firstVersion).onConflictDoNothing().returning({ id: reviews.id });
  if (created) {
    await holdIfModeratorHid(tx, { id: created.id, ...firstVersion }, null);
    return { ok: true, reviewId: created.id, change: "added" } as const;
  }

  const [existing] = await tx
    .select({ id: reviews.id, createdAt: reviews.createdAt, editedAt: reviews.editedAt, ...auditedReviewColumns })
    .from(reviews)
    .where(mine)
    .for("update");
  const { id, createdAt, editedAt, ...before } = existing!;
  // Read under the row's lock: a rating given alone keeps the text even when a save of it was just committed.
  const body = input.body === undefined ? before.body : input.body;
  const hasSpoilers = input.hasSpoilers ?? before.hasSpoilers;
  const isChanged = before.rating !== rating || before.body !== body || before.hasSpoilers !== hasSpoilers;
  if (isChanged) {
    await tx.insert(reviewRevisions).values({
      reviewId: id,
      rating: before.rating,
      body: before.body,
      hasSpoilers: before.hasSpoilers,
      writtenAt: editedAt ?? createdAt,
    });
    const now = new Date();
    await tx
      .update(reviews)
      .set({ rating, body, hasSpoilers, updatedAt: now, editedAt: now })
      .where(eq(reviews.id, id));
    await holdIfModeratorHid(tx, { id, userId, filmId, rating, body, hasSpoilers }, before);
  }
  return { ok: true, reviewId: id, change: isChanged ? "updated" : "unchanged" } as const;
}

/**
 * Deletes the user's own review; tells which film it was about, or nothing when it is not theirs or gone. A hidden
 * review's hold outlives it, and its deletion is audited as the next link of the chain from the hide.
 */
export async function deleteOwnReview({ userId, reviewId }: { userId: number; reviewId: number }) {
  return getPrimaryDb().transaction(async (tx) => {
    const [deleted] = await tx
      .delete(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.userId, userId)))
      .returning({
        filmId: reviews.filmId,
        filmSlug: sql<string>`(select slug from films where id = ${reviews.filmId})`,
        ...auditedReviewColumns,
      });
    if (!deleted) return undefined;
    const { filmId, filmSlug, ...before } = deleted;
    if (before.status === "hidden") {
      await recordAudit(tx, {
        actorId: userId,
        entityType: "review",
        entityId: reviewId,
        action: "author-delete",
        before,
        after: { deleted: true },
      });
    }
    return { filmId, filmSlug };
  });
}
