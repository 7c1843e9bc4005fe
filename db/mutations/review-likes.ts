// A member likes another member's review, or takes the like back; both idempotent, so a double tap does no harm.
// The like and its notification are one transaction; reviews.like_count follows by trigger (migration 0021).
import { and, eq, inArray, sql } from "drizzle-orm";
import { getPrimaryDb, type Executor } from "../client";
import { reviewLikes, reviews } from "../schema";
import { notify, withdrawNotification } from "./notifications";

interface LikeChange {
  userId: number;
  reviewId: number;
}

/** What a like changes on pages: the review's film and permalink, its author's pages and the liker's. */
export interface LikedReviewFacts {
  filmId: number;
  authorId: number;
}

export type LikeReviewResult =
  ({ ok: true; isChanged: boolean } & LikedReviewFacts) | { ok: false; reason: "review-gone" | "own-review" };

/** The review as one that can be liked: visible and written, not a bare rating; locked against its deletion. */
async function findLikeableReview(tx: Executor, reviewId: number) {
  const [review] = await tx
    .select({ filmId: reviews.filmId, authorId: reviews.userId })
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, "visible"), sql`${reviews.body} is not null`))
    .for("share");
  return review;
}

export async function likeReview({ userId, reviewId }: LikeChange): Promise<LikeReviewResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const review = await findLikeableReview(tx, reviewId);
    if (!review) return { ok: false, reason: "review-gone" } as const;
    // As IMDb's "helpful": a member's own review is not theirs to vote up.
    if (review.authorId === userId) return { ok: false, reason: "own-review" } as const;
    const added = await tx.insert(reviewLikes).values({ reviewId, userId }).onConflictDoNothing().returning();
    if (added.length > 0) await notify(tx, { kind: "review-like", userId: review.authorId, actorId: userId, reviewId });
    return { ok: true, isChanged: added.length > 0, ...review } as const;
  });
}

export type UnlikeReviewResult = ({ ok: true; isChanged: boolean } & LikedReviewFacts) | { ok: false };

/** Takes the like back; a review hidden or deleted since has nothing to take back from. */
export async function unlikeReview({ userId, reviewId }: LikeChange): Promise<UnlikeReviewResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const [review] = await tx
      .select({ filmId: reviews.filmId, authorId: reviews.userId })
      .from(reviews)
      .where(eq(reviews.id, reviewId))
      .for("share");
    if (!review) return { ok: false } as const;
    const removed = await tx
      .delete(reviewLikes)
      .where(and(eq(reviewLikes.reviewId, reviewId), eq(reviewLikes.userId, userId)))
      .returning();
    if (removed.length > 0) {
      await withdrawNotification(tx, { kind: "review-like", userId: review.authorId, actorId: userId, reviewId });
    }
    return { ok: true, isChanged: removed.length > 0, ...review } as const;
  });
}

/**
 * Sets like_count from the likes themselves, for reviews put back from the audit log with their likes: the saved
 * count and the trigger's counting of the re-inserted likes would otherwise add up twice.
 */
export async function recountReviewLikes(tx: Executor, reviewIds: number[]) {
  if (reviewIds.length === 0) return;
  await tx
    .update(reviews)
    .set({
      likeCount: sql`(select count(*)::integer from ${reviewLikes} where ${reviewLikes.reviewId} = ${reviews.id})`,
    })
    .where(inArray(reviews.id, reviewIds));
}
