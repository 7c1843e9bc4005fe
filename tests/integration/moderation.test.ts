import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moderateReview } from "@/db/mutations/moderation";
import { reportReview } from "@/db/mutations/reports";
import { listReportedReviews } from "@/db/queries/moderation";
import { auditLog, filmRatingStats, reviewReports, reviews, users } from "@/db/schema";
import { createFilm, createReview, createUser } from "../support/factories";

async function statsOf(filmId: number) {
  const [row] = await getDb().select().from(filmRatingStats).where(eq(filmRatingStats.filmId, filmId));
  return row!;
}

describe("moderation", () => {
  it("hides a reported review out of its film's stats, shows it again, and audits both", async () => {
    const db = getDb();
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, "admin"));
    const film = await createFilm({ slug: "moderated-film-2015", title: "Moderated Film", year: 2015 });
    const author = await createUser({ username: "moderated_author", email: "moderated@example.com" });
    const reporter = await createUser({ username: "moderation_reporter", email: "reporter@example.com" });
    const review = await createReview({ filmId: film.id, userId: author.id, rating: 2, body: "Buy cheap watches at…" });
    await reportReview({ reviewId: review.id, reporterId: reporter.id, reason: "spam", details: "An advert." });
    expect((await listReportedReviews()).map((reported) => reported.review_id)).toContain(review.id);
    expect(await statsOf(film.id)).toMatchObject({ ratingCount: 1, reviewCount: 1 });

    await moderateReview({ actorId: admin!.id, reviewId: review.id, decision: "hide", reason: "Advertising" });
    expect(await statsOf(film.id)).toMatchObject({ ratingCount: 0, ratingSum: 0, reviewCount: 0 });
    const [hidden] = await db.select().from(reviews).where(eq(reviews.id, review.id));
    expect(hidden).toMatchObject({ status: "hidden", moderationReason: "Advertising" });
    const open = await db
      .select()
      .from(reviewReports)
      .where(and(eq(reviewReports.reviewId, review.id), isNull(reviewReports.resolvedAt)));
    expect(open).toHaveLength(0);
    expect((await listReportedReviews()).map((reported) => reported.review_id)).not.toContain(review.id);

    await moderateReview({ actorId: admin!.id, reviewId: review.id, decision: "unhide", reason: null });
    expect(await statsOf(film.id)).toMatchObject({ ratingCount: 1, ratingSum: 2, reviewCount: 1 });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "review"), eq(auditLog.entityId, review.id)))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => entry.action)).toEqual(["hide", "unhide"]);
    expect(audit[0]!.after).toMatchObject({ status: "hidden", moderationReason: "Advertising" });
  });
});
