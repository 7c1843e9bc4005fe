import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { deleteOwnReview, saveReview } from "@/db/mutations/reviews";
import { moderateReview } from "@/db/mutations/moderation";
import { auditLog, filmRatingStats, reviewRevisions, reviews, users } from "@/db/schema";
import { createFilm, createUser } from "../support/factories";

async function stats(filmId: number) {
  const [row] = await getDb().select().from(filmRatingStats).where(eq(filmRatingStats.filmId, filmId));
  return row;
}

async function adminId() {
  const [admin] = await getDb().select({ id: users.id }).from(users).where(eq(users.username, "admin"));
  return admin!.id;
}

describe("saving and deleting reviews", () => {
  let filmId: number;
  let author: number;
  let stranger: number;

  beforeAll(async () => {
    filmId = (await createFilm({ slug: "mutation-film-2020", title: "Mutation Film", year: 2020 })).id;
    author = (await createUser({ username: "review_author" })).id;
    stranger = (await createUser({ username: "review_stranger" })).id;
  });

  it("creates one review per user per film, and an edit keeps the earlier version", async () => {
    const first = await saveReview({ userId: author, filmId, rating: 6, body: "Fine.", hasSpoilers: false });
    const second = await saveReview({
      userId: author,
      filmId,
      rating: 9,
      body: "Better the second time.",
      hasSpoilers: true,
    });
    expect(first).toMatchObject({ ok: true, change: "added" });
    expect(second).toEqual({ ...first, change: "updated" });
    const mine = await getDb()
      .select()
      .from(reviews)
      .where(and(eq(reviews.filmId, filmId), eq(reviews.userId, author)));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ rating: 9, body: "Better the second time.", hasSpoilers: true });
    expect(mine[0]!.editedAt).not.toBeNull();
    const revisions = await getDb().select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, mine[0]!.id));
    expect(revisions).toMatchObject([{ rating: 6, body: "Fine.", hasSpoilers: false }]);
    expect(await stats(filmId)).toMatchObject({ ratingCount: 1, ratingSum: 9 });
  });

  it("a rating given alone creates a review without text, and changes an existing one's rating only", async () => {
    const rater = (await createUser({ username: "rating_alone" })).id;
    await saveReview({ userId: rater, filmId, rating: 4 });
    const mine = and(eq(reviews.filmId, filmId), eq(reviews.userId, rater));
    expect(await getDb().select().from(reviews).where(mine)).toMatchObject([{ rating: 4, body: null }]);

    await saveReview({ userId: rater, filmId, rating: 5, body: "Kept.", hasSpoilers: true });
    await saveReview({ userId: rater, filmId, rating: 7 });
    const [review] = await getDb().select().from(reviews).where(mine);
    expect(review).toMatchObject({ rating: 7, body: "Kept.", hasSpoilers: true });
    const revisions = await getDb().select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, review!.id));
    expect(revisions.map(({ rating, body }) => ({ rating, body }))).toEqual([
      { rating: 4, body: null },
      { rating: 5, body: "Kept." },
    ]);
    await deleteOwnReview({ userId: rater, reviewId: review!.id });
  });

  it("refuses to delete another user's review and changes nothing", async () => {
    const [review] = await getDb().select().from(reviews).where(eq(reviews.userId, author));
    expect(await deleteOwnReview({ userId: stranger, reviewId: review!.id })).toBeUndefined();
    expect(await getDb().select().from(reviews).where(eq(reviews.id, review!.id))).toHaveLength(1);
    expect(await stats(filmId)).toMatchObject({ ratingCount: 1, ratingSum: 9 });
  });

  it("lets the author delete their review, and the stats follow", async () => {
    const [review] = await getDb().select().from(reviews).where(eq(reviews.userId, author));
    expect(await deleteOwnReview({ userId: author, reviewId: review!.id })).toEqual({
      filmId,
      filmSlug: "mutation-film-2020",
    });
    expect(await stats(filmId)).toMatchObject({ ratingCount: 0, ratingSum: 0 });
  });

  it("keeps another user's review apart from one's own", async () => {
    await saveReview({ userId: stranger, filmId, rating: 2, body: null, hasSpoilers: false });
    await saveReview({ userId: author, filmId, rating: 10, body: "Back again.", hasSpoilers: false });
    const [strangers] = await getDb().select().from(reviews).where(eq(reviews.userId, stranger));
    expect(strangers).toMatchObject({ rating: 2, body: null });
    expect(await stats(filmId)).toMatchObject({ ratingCount: 2, ratingSum: 12, reviewCount: 1 });
  });

  it("keeps the film's stats equal to a recount under 50 concurrent saves, edits and deletes", async () => {
    const film = await createFilm({ slug: "busy-film-2021", title: "Busy Film", year: 2021 });
    const raters = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => (await createUser({ username: `busy_rater_${index}` })).id),
    );
    await Promise.all(
      raters.map((userId, index) =>
        saveReview({ userId, filmId: film.id, rating: index % 11, body: null, hasSpoilers: false }),
      ),
    );
    await Promise.all(
      raters.map(async (userId, index) => {
        if (index % 3 === 0) {
          const [own] = await getDb()
            .select({ id: reviews.id })
            .from(reviews)
            .where(and(eq(reviews.userId, userId), eq(reviews.filmId, film.id)));
          await deleteOwnReview({ userId, reviewId: own!.id });
        } else {
          await saveReview({
            userId,
            filmId: film.id,
            rating: 10 - (index % 11),
            body: "Edited.",
            hasSpoilers: false,
          });
        }
      }),
    );
    const [recount] = await getDb().execute<{ count: number; sum: number; written: number }>(
      sql`select count(*)::int as count, coalesce(sum(rating), 0)::int as sum, count(body)::int as written
          from reviews where film_id = ${film.id} and status = 'visible'`,
    );
    expect(await stats(film.id)).toMatchObject({
      ratingCount: recount!.count,
      ratingSum: recount!.sum,
      reviewCount: recount!.written,
    });
    expect(recount!.count).toBe(33);
  });

  it("keeps a hidden review hidden and out of the rating when its author edits it", async () => {
    const film = await createFilm({ slug: "hidden-edit-film-2022", title: "Hidden Edit Film", year: 2022 });
    const saved = await saveReview({ userId: author, filmId: film.id, rating: 1, body: "Spam.", hasSpoilers: false });
    const reviewId = saved.ok ? saved.reviewId : 0;
    await moderateReview({ actorId: await adminId(), reviewId, decision: "hide", reason: "Spam" });
    await saveReview({ userId: author, filmId: film.id, rating: 10, body: "Not spam now.", hasSpoilers: false });
    const [edited] = await getDb().select().from(reviews).where(eq(reviews.id, reviewId));
    expect(edited).toMatchObject({ status: "hidden", rating: 10, body: "Not spam now." });
    expect(await stats(film.id)).toMatchObject({ ratingCount: 0, ratingSum: 0, reviewCount: 0 });
  });

  it("audits its author's deletion of a hidden review, as the moderator's decision outlives it, and of no other", async () => {
    const film = await createFilm({ slug: "hidden-delete-film-2023", title: "Hidden Delete Film", year: 2023 });
    const hidden = await saveReview({ userId: author, filmId: film.id, rating: 1, body: "Spam.", hasSpoilers: false });
    const shown = await saveReview({ userId: stranger, filmId: film.id, rating: 8, body: "Fine.", hasSpoilers: false });
    const [hiddenId, shownId] = [hidden, shown].map((result) => (result.ok ? result.reviewId : 0));
    await moderateReview({ actorId: await adminId(), reviewId: hiddenId!, decision: "hide", reason: "Spam" });
    await deleteOwnReview({ userId: author, reviewId: hiddenId! });
    await deleteOwnReview({ userId: stranger, reviewId: shownId! });
    const audit = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "review"), inArray(auditLog.entityId, [hiddenId!, shownId!])))
      .orderBy(auditLog.id);
    expect(audit).toMatchObject([
      { entityId: hiddenId, action: "hide" },
      { entityId: hiddenId, action: "author-delete", actorId: author, before: { status: "hidden", body: "Spam." } },
    ]);
  });

  it("says so when the film no longer exists", async () => {
    expect(await saveReview({ userId: author, filmId: 999_999, rating: 5, body: null, hasSpoilers: false })).toEqual({
      ok: false,
      reason: "film-not-found",
    });
  });
});
