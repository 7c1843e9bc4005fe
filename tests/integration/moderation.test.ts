import { and, eq, inArray, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moderateReview } from "@/db/mutations/moderation";
import { reportReview } from "@/db/mutations/reports";
import { deleteOwnReview, saveReview } from "@/db/mutations/reviews";
import { listHeldReviews, listReportedReviews } from "@/db/queries/moderation";
import { auditLog, filmRatingStats, reviewHolds, reviewReports, reviews, users } from "@/db/schema";
import { createFilm, createReview, createUser } from "../support/factories";

async function statsOf(filmId: number) {
  const [row] = await getDb().select().from(filmRatingStats).where(eq(filmRatingStats.filmId, filmId));
  return row!;
}

async function reviewOf(userId: number, filmId: number) {
  const [review] = await getDb()
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.filmId, filmId)));
  return review;
}

/** The audit entries of the given reviews, oldest first, as the chain the log shows. */
async function auditOf(...reviewIds: number[]) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "review"), inArray(auditLog.entityId, reviewIds)))
    .orderBy(auditLog.id);
}

async function heldReviewIds() {
  return (await listHeldReviews()).map((held) => held.review_id);
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

describe("moderation that outlives the review", () => {
  let adminId: number;
  let filmId: number;

  beforeAll(async () => {
    const [admin] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, "admin"));
    adminId = admin!.id;
    filmId = (await createFilm({ slug: "held-film-2016", title: "Held Film", year: 2016 })).id;
  });

  /** A member's review of the film, shown and counted, then hidden by the admin. */
  async function hiddenReview(username: string, fields: { rating: number; body: string | null }) {
    const author = await createUser({ username });
    const review = await createReview({ filmId, userId: author.id, ...fields });
    await moderateReview({ actorId: adminId, reviewId: review.id, decision: "hide", reason: "Advertising" });
    return { authorId: author.id, reviewId: review.id };
  }

  it("holds the same text posted again after its author deleted the hidden review, until a moderator approves it", async () => {
    const body = "Buy cheap watches at…";
    const { authorId, reviewId } = await hiddenReview("held_reposter", { rating: 10, body });
    const before = await statsOf(filmId);

    expect(await deleteOwnReview({ userId: authorId, reviewId })).toMatchObject({ filmId });
    const saved = await saveReview({ userId: authorId, filmId, rating: 10, body, hasSpoilers: false });
    const repostId = saved.ok ? saved.reviewId : 0;
    expect(await reviewOf(authorId, filmId)).toMatchObject({
      id: repostId,
      status: "hidden",
      moderationReason: "Advertising",
      body,
    });
    expect(await statsOf(filmId)).toMatchObject({
      ratingCount: before.ratingCount,
      ratingSum: before.ratingSum,
      reviewCount: before.reviewCount,
    });
    expect(await listHeldReviews()).toContainEqual(
      expect.objectContaining({ review_id: repostId, is_repost: true, reason: "Advertising" }),
    );
    const chain = await auditOf(reviewId, repostId);
    expect(chain.map((entry) => [entry.action, entry.entityId, entry.actorId])).toEqual([
      ["hide", reviewId, adminId],
      ["author-delete", reviewId, authorId],
      ["repost-held", repostId, authorId],
    ]);
    expect(chain[1]!.before).toMatchObject({ status: "hidden", body });
    expect(chain[2]!.after).toMatchObject({ status: "hidden", body, repostOf: reviewId });

    await moderateReview({ actorId: adminId, reviewId: repostId, decision: "unhide", reason: null });
    expect(await reviewOf(authorId, filmId)).toMatchObject({ status: "visible", moderationReason: null });
    expect(await statsOf(filmId)).toMatchObject({
      ratingCount: before.ratingCount + 1,
      ratingSum: before.ratingSum + 10,
      reviewCount: before.reviewCount + 1,
    });
    expect(await heldReviewIds()).not.toContain(repostId);
    expect((await auditOf(repostId)).map((entry) => entry.action)).toEqual(["repost-held", "unhide"]);

    // Approved, the hold is gone: the next edit is the author's own business again.
    await saveReview({ userId: authorId, filmId, rating: 9, body: "Watches aside, a fine film.", hasSpoilers: false });
    expect(await reviewOf(authorId, filmId)).toMatchObject({ status: "visible", rating: 9 });
  });

  it("holds a bare rating posted again after a hide, as the hide kept that rating out of the average", async () => {
    const { authorId, reviewId } = await hiddenReview("held_rater", { rating: 0, body: "Trash, all of it." });
    const before = await statsOf(filmId);
    await deleteOwnReview({ userId: authorId, reviewId });
    await saveReview({ userId: authorId, filmId, rating: 0, body: null, hasSpoilers: false });
    const repost = await reviewOf(authorId, filmId);
    expect(repost).toMatchObject({ status: "hidden", body: null });
    expect(await statsOf(filmId)).toMatchObject({ ratingCount: before.ratingCount, histogram: before.histogram });
    expect(await heldReviewIds()).toContain(repost!.id);
  });

  it("keeps an edited hidden review hidden and queues it, and a decision to keep it hidden takes it off the queue", async () => {
    const { authorId, reviewId } = await hiddenReview("held_editor", { rating: 8, body: "Visit my shop." });
    await saveReview({ userId: authorId, filmId, rating: 8, body: "No shop this time.", hasSpoilers: false });
    expect(await reviewOf(authorId, filmId)).toMatchObject({
      id: reviewId,
      status: "hidden",
      body: "No shop this time.",
    });
    expect(await listHeldReviews()).toContainEqual(expect.objectContaining({ review_id: reviewId, is_repost: false }));

    await moderateReview({ actorId: adminId, reviewId, decision: "hide", reason: "Still an advert" });
    expect(await heldReviewIds()).not.toContain(reviewId);
    const [hold] = await getDb().select().from(reviewHolds).where(eq(reviewHolds.hiddenReviewId, reviewId));
    expect(hold).toMatchObject({ reason: "Still an advert", resubmittedAt: null });
    expect((await auditOf(reviewId)).map((entry) => entry.action)).toEqual(["hide", "edit-held", "hide"]);

    // The hold stands: deleted and posted again, the review waits with the latest reason.
    await deleteOwnReview({ userId: authorId, reviewId });
    await saveReview({ userId: authorId, filmId, rating: 8, body: "Visit my shop.", hasSpoilers: false });
    expect(await reviewOf(authorId, filmId)).toMatchObject({ status: "hidden", moderationReason: "Still an advert" });
  });

  it("leaves a member's other films, and other members' reviews of this one, alone", async () => {
    const { authorId } = await hiddenReview("held_elsewhere", { rating: 2, body: "Spam." });
    const otherFilm = await createFilm({ slug: "unheld-film-2017", title: "Unheld Film", year: 2017 });
    await saveReview({ userId: authorId, filmId: otherFilm.id, rating: 7, body: "Honest.", hasSpoilers: false });
    expect(await reviewOf(authorId, otherFilm.id)).toMatchObject({ status: "visible" });
    const neighbour = await createUser({ username: "held_neighbour" });
    await saveReview({ userId: neighbour.id, filmId, rating: 7, body: "Honest too.", hasSpoilers: false });
    expect(await reviewOf(neighbour.id, filmId)).toMatchObject({ status: "visible" });
  });

  it("holds the re-post whenever the hide wins the race with the author's deletion", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const author = await createUser({ username: `held_racer_${index}` });
        const review = await createReview({ filmId, userId: author.id, rating: 6, body: "Racing." });
        const [hidden] = await Promise.all([
          moderateReview({ actorId: adminId, reviewId: review.id, decision: "hide", reason: "Racing" }),
          (async () => {
            await deleteOwnReview({ userId: author.id, reviewId: review.id });
            await saveReview({ userId: author.id, filmId, rating: 6, body: "Racing.", hasSpoilers: false });
          })(),
        ]);
        return { wasHidden: hidden !== undefined, repost: await reviewOf(author.id, filmId) };
      }),
    );
    for (const { wasHidden, repost } of outcomes) {
      expect(repost!.status).toBe(wasHidden ? "hidden" : "visible");
    }
  });
});
