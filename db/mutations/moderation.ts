// Moderators' decisions on reviews: hide, show again, delete, or dismiss the reports. Each is audited, resolves
// the review's open reports, and (through the stats trigger) takes a hidden review out of its film's rating.
import { and, eq, isNull } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { reviewReports, reviews } from "../schema";
import { recordAudit } from "./audit";

export const MODERATION_DECISIONS = ["hide", "unhide", "delete", "dismiss"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

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
      .select({
        filmId: reviews.filmId,
        userId: reviews.userId,
        status: reviews.status,
        moderationReason: reviews.moderationReason,
        rating: reviews.rating,
        body: reviews.body,
      })
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
