// Members' reports of reviews, kept for the moderation queue.
import { eq } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { reviewReports, reviews } from "../schema";

export type ReportReason = (typeof reviewReports.$inferInsert)["reason"];

export type ReportResult = { ok: true } | { ok: false; reason: "review-not-found" | "own-review" | "already-reported" };

export async function reportReview(report: {
  reporterId: number;
  reviewId: number;
  reason: ReportReason;
  details: string | null;
}): Promise<ReportResult> {
  const [review] = await getPrimaryDb()
    .select({ authorId: reviews.userId, status: reviews.status })
    .from(reviews)
    .where(eq(reviews.id, report.reviewId));
  if (!review || review.status !== "visible") return { ok: false, reason: "review-not-found" };
  if (review.authorId === report.reporterId) return { ok: false, reason: "own-review" };
  const [created] = await getPrimaryDb()
    .insert(reviewReports)
    .values(report)
    .onConflictDoNothing()
    .returning({ id: reviewReports.id });
  return created ? { ok: true } : { ok: false, reason: "already-reported" };
}
