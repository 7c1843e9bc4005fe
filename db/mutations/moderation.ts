// Moderators' decisions on reviews: hide, show again, delete, or dismiss the reports. Each is audited, resolves
// the review's open reports, and (through the stats trigger) takes a hidden review out of its film's rating. A hide
// leaves a hold on the author's review of that film (review_holds), which outlives the review: what they save about
// the film while it stands is hidden too, and waits in the queue.
import { and, eq, isNull } from "drizzle-orm";
import { getPrimaryDb, type Executor } from "../client";
import { reviewHolds, reviewReports, reviews } from "../schema";
import { recordAudit } from "./audit";
import type { ReviewInput } from "./reviews";

export const MODERATION_DECISIONS = ["hide", "unhide", "delete", "dismiss"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** What the audit log keeps of a review, before and after a moderator's decision or a held author's change. */
export const auditedReviewColumns = {
  status: reviews.status,
  moderationReason: reviews.moderationReason,
  rating: reviews.rating,
  body: reviews.body,
  hasSpoilers: reviews.hasSpoilers,
};

export async function moderateReview({
  actorId,
  reviewId,
  decision,
  reason,
}: {
  actorId: number;
  reviewId: number;
  decision: ModerationDecision;
  reason: string | null;
}) {
  return getPrimaryDb().transaction(async (tx) => {
    const [review] = await tx
      .select({ filmId: reviews.filmId, userId: reviews.userId, ...auditedReviewColumns })
      .from(reviews)
      .where(eq(reviews.id, reviewId))
      .for("update");
    if (!review) return undefined;
    const { filmId, userId, ...before } = review;

    let after: unknown = before;
    if (decision === "delete") {
      await tx.delete(reviews).where(eq(reviews.id, reviewId));
      after = { deleted: true, reason };
    } else if (decision !== "dismiss") {
      const change =
        decision === "hide"
          ? { status: "hidden" as const, moderationReason: reason }
          : { status: "visible" as const, moderationReason: null };
      await tx.update(reviews).set(change).where(eq(reviews.id, reviewId));
      after = { ...before, ...change };
    }
    if (decision === "hide") await placeHold(tx, { userId, filmId, hiddenReviewId: reviewId, reason });
    if (decision === "unhide") await tx.delete(reviewHolds).where(holdOn({ userId, filmId }));
    if (decision !== "unhide" && decision !== "delete") {
      await tx
        .update(reviewReports)
        .set({ resolvedAt: new Date(), resolvedById: actorId })
        .where(and(eq(reviewReports.reviewId, reviewId), isNull(reviewReports.resolvedAt)));
    }
    await recordAudit(tx, { actorId, entityType: "review", entityId: reviewId, action: decision, before, after });
    return { filmId, userId };
  });
}

type Hold = typeof reviewHolds.$inferInsert;

function holdOn({ userId, filmId }: Pick<Hold, "userId" | "filmId">) {
  return and(eq(reviewHolds.userId, userId), eq(reviewHolds.filmId, filmId));
}

/** A hide, or a decision to keep a held review hidden: the hold names this review and reason, and leaves the queue. */
async function placeHold(tx: Executor, hold: Omit<Hold, "resubmittedAt">) {
  const { hiddenReviewId, reason } = hold;
  await tx
    .insert(reviewHolds)
    .values(hold)
    .onConflictDoUpdate({
      target: [reviewHolds.userId, reviewHolds.filmId],
      set: { hiddenReviewId, reason, resubmittedAt: null },
    });
}

/**
 * Called by every save of a review, in its transaction: under a hold, the save (the hidden review edited, or a new
 * one after deleting it) is hidden with the moderator's reason and waits in the queue. Audited as the author's, a
 * re-post naming the review that was hidden, so the log shows the chain from the hide to the moderator's decision.
 * The hold is read after the review is written: by then a hide of the review this one replaced has committed, as
 * that review's deletion waited for it.
 */
export async function holdIfModeratorHid(tx: Executor, saved: ReviewInput & { id: number }, before: object | null) {
  const [hold] = await tx
    .update(reviewHolds)
    .set({ resubmittedAt: new Date() })
    .where(holdOn(saved))
    .returning({ hiddenReviewId: reviewHolds.hiddenReviewId, reason: reviewHolds.reason });
  if (!hold) return;
  const hidden = { status: "hidden" as const, moderationReason: hold.reason };
  await tx.update(reviews).set(hidden).where(eq(reviews.id, saved.id));
  const { id, userId, rating, body, hasSpoilers } = saved;
  await recordAudit(tx, {
    actorId: userId,
    entityType: "review",
    entityId: id,
    action: before ? "edit-held" : "repost-held",
    before,
    after: { ...hidden, rating, body, hasSpoilers, ...(before ? {} : { repostOf: hold.hiddenReviewId }) },
  });
}
