import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { reportReview } from "@/db/mutations/reports";
import { reviewReports, reviews } from "@/db/schema";
import { createFilm, createReview, createUser } from "../support/factories";

describe("reporting a review", () => {
  let reviewId: number;
  let authorId: number;
  let readerId: number;

  beforeAll(async () => {
    const film = await createFilm({ slug: "reported-film-2022", title: "Reported Film", year: 2022 });
    authorId = (await createUser({ username: "report_author" })).id;
    readerId = (await createUser({ username: "report_reader" })).id;
    reviewId = (await createReview({ filmId: film.id, userId: authorId, rating: 3, body: "Buy cheap watches!" })).id;
  });

  it("stores a member's report for the moderation queue, once", async () => {
    expect(await reportReview({ reporterId: readerId, reviewId, reason: "spam", details: "An advert." })).toEqual({
      ok: true,
    });
    expect(await reportReview({ reporterId: readerId, reviewId, reason: "abuse", details: null })).toEqual({
      ok: false,
      reason: "already-reported",
    });
    const stored = await getDb().select().from(reviewReports).where(eq(reviewReports.reviewId, reviewId));
    expect(stored).toMatchObject([{ reporterId: readerId, reason: "spam", details: "An advert.", resolvedAt: null }]);
  });

  it("refuses a report of one's own review, or of a review that is not public", async () => {
    expect(await reportReview({ reporterId: authorId, reviewId, reason: "other", details: null })).toEqual({
      ok: false,
      reason: "own-review",
    });
    await getDb().update(reviews).set({ status: "hidden" }).where(eq(reviews.id, reviewId));
    expect(await reportReview({ reporterId: readerId, reviewId, reason: "other", details: null })).toEqual({
      ok: false,
      reason: "review-not-found",
    });
    expect(await reportReview({ reporterId: readerId, reviewId: 999_999, reason: "other", details: null })).toEqual({
      ok: false,
      reason: "review-not-found",
    });
  });
});
