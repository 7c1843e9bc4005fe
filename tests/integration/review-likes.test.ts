// Likes on reviews: the actions' own rules (who may post them at all is in the authorisation matrix,
// server-actions.test.ts), the count the trigger keeps, the notification that goes with a like, the "popular" order,
// a member's liked reviews, and what a film's merge or deletion, and their revert, do to likes. On a database of its
// own: "put back exactly" is checked on every table.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { deleteAccount } from "@/db/mutations/accounts";
import { mergeFilms } from "@/db/mutations/film-merge";
import { deleteFilm } from "@/db/mutations/films";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { listReviewsForFilm } from "@/db/queries/films";
import { countLikedReviews, findOwnLike, listLikedReviews } from "@/db/queries/review-likes";
import { notifications, reviews } from "@/db/schema";
import { rateLimits } from "@/lib/rate-limits";
import { signedInAs } from "../support/action-stubs";
import { createFilm, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";
import { auditedFilm, databaseState, revertFilmChange } from "../support/film-audit";
import { awayFromWindowEnd } from "../support/rate-limit-window";

// The actions run for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
const { likeReviewAction, unlikeReviewAction } = await import("@/app/[locale]/reviews/[id]/like-actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("review_likes");
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

const reviewForm = (reviewId: number) => {
  const form = new FormData();
  form.set("reviewId", String(reviewId));
  return form;
};

async function likeCountOf(reviewId: number) {
  const [review] = await getDb().select({ likeCount: reviews.likeCount }).from(reviews).where(eq(reviews.id, reviewId));
  return review?.likeCount;
}

const noticesOf = (userId: number) =>
  getDb()
    .select({ kind: notifications.kind, actorId: notifications.actorId, reviewId: notifications.reviewId })
    .from(notifications)
    .where(eq(notifications.userId, userId));

async function writtenReview(fields: Partial<typeof reviews.$inferInsert> = {}) {
  const author = await createUser();
  const film = await createFilm();
  const review = await createReview({ filmId: film.id, userId: author.id, body: "Worth the trip.", ...fields });
  return { author, film, review };
}

describe("liking a review", () => {
  it("counts one like per member, tells the author once, and takes both back on unlike", async () => {
    const { author, review } = await writtenReview();
    const fan = signedInAs(await createUser());
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await likeReviewAction(NOT_POSTED, reviewForm(review.id))).toMatchObject({ ok: true });
    }
    expect(await likeCountOf(review.id)).toBe(1);
    expect(await findOwnLike(fan.id, review.id)).toEqual({ isLiked: true, isOwn: false });
    expect(await noticesOf(author.id)).toEqual([{ kind: "review-like", actorId: fan.id, reviewId: review.id }]);

    signedInAs(await createUser());
    expect(await likeReviewAction(NOT_POSTED, reviewForm(review.id))).toMatchObject({ ok: true });
    expect(await likeCountOf(review.id)).toBe(2);

    signedInAs(fan);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await unlikeReviewAction(NOT_POSTED, reviewForm(review.id))).toMatchObject({ ok: true });
    }
    expect(await likeCountOf(review.id)).toBe(1);
    expect(await findOwnLike(fan.id, review.id)).toEqual({ isLiked: false, isOwn: false });
    expect((await noticesOf(author.id)).map((notice) => notice.actorId)).not.toContain(fan.id);
  });

  it("refuses the author's own review, a hidden review and a bare rating", async () => {
    const { author, review } = await writtenReview();
    signedInAs(author);
    expect(await likeReviewAction(NOT_POSTED, reviewForm(review.id))).toMatchObject({
      ok: false,
      errors: { form: ["You cannot like your own review."] },
    });
    expect(await findOwnLike(author.id, review.id)).toEqual({ isLiked: false, isOwn: true });

    signedInAs(await createUser());
    const { review: hidden } = await writtenReview({ status: "hidden" });
    const { review: bare } = await writtenReview({ body: null });
    for (const refused of [hidden, bare]) {
      expect(await likeReviewAction(NOT_POSTED, reviewForm(refused.id))).toMatchObject({
        ok: false,
        errors: { form: ["This review is gone."] },
      });
      expect(await likeCountOf(refused.id)).toBe(0);
    }
    expect(await noticesOf(author.id)).toEqual([]);
  });

  it("drops the likes of a member whose account is deleted from the count, naming the films to refresh", async () => {
    const { film, review } = await writtenReview();
    const fan = signedInAs(await createUser());
    await likeReviewAction(NOT_POSTED, reviewForm(review.id));
    expect(await deleteAccount(fan.id)).toMatchObject({ ok: true, likedFilmIds: [film.id] });
    expect(await likeCountOf(review.id)).toBe(0);
  });

  it("refuses a member liking faster than the limit", async () => {
    const { review } = await writtenReview();
    signedInAs(await createUser());
    const { max, message } = rateLimits.likesPerUser;
    await awayFromWindowEnd(rateLimits.likesPerUser);
    for (let change = 0; change < max; change += 1) {
      const action = change % 2 === 0 ? likeReviewAction : unlikeReviewAction;
      expect(await action(NOT_POSTED, reviewForm(review.id))).toMatchObject({ ok: true });
    }
    expect(await likeReviewAction(NOT_POSTED, reviewForm(review.id))).toMatchObject({
      ok: false,
      errors: { form: [message] },
    });
    expect(await likeCountOf(review.id)).toBe(0);
  });
});

describe("pages that read likes", () => {
  it("sorts a film's reviews most liked first, and lists a member's liked visible reviews latest first", async () => {
    const film = await createFilm();
    const [ann, ben, cleo] = [await createUser(), await createUser(), await createUser()];
    const [one, two, none] = [
      await createReview({ filmId: film.id, userId: ann.id, body: "One like." }),
      await createReview({ filmId: film.id, userId: ben.id, body: "Two likes." }),
      await createReview({ filmId: film.id, userId: cleo.id, body: "No likes." }),
    ];
    const fans = [await createUser(), await createUser()];
    for (const fan of fans) {
      signedInAs(fan);
      await likeReviewAction(NOT_POSTED, reviewForm(two.id));
    }
    await likeReviewAction(NOT_POSTED, reviewForm(one.id));
    const popular = await listReviewsForFilm(film.id, { sort: "popular" });
    expect(popular.map((review) => [review.id, review.likeCount])).toEqual([
      [two.id, 2],
      [one.id, 1],
      [none.id, 0],
    ]);

    const lastFan = fans[1]!;
    expect((await listLikedReviews(lastFan.id, { page: 1, pageSize: 20 })).map((review) => review.id)).toEqual([
      one.id,
      two.id,
    ]);
    await getDb().update(reviews).set({ status: "hidden" }).where(eq(reviews.id, one.id));
    expect((await listLikedReviews(lastFan.id, { page: 1, pageSize: 20 })).map((review) => review.id)).toEqual([
      two.id,
    ]);
    expect(await countLikedReviews(lastFan.id)).toBe(1);
  });
});

async function likedBy(reviewId: number, count: number) {
  for (let fan = 0; fan < count; fan += 1) {
    signedInAs(await createUser());
    await likeReviewAction(NOT_POSTED, reviewForm(reviewId));
  }
}

describe("a film's merge or deletion", () => {
  it("takes a deleted film's likes with its reviews, and a revert puts them back with the same counts", async () => {
    const admin = await createUser({ role: "admin" });
    const film = await auditedFilm(admin, "Doomed");
    const author = await createUser();
    const review = await createReview({ filmId: film.id, userId: author.id, body: "Gone soon." });
    await likedBy(review.id, 2);
    const before = await databaseState();

    signedInAs(admin);
    const { version } = (await readFilmSnapshot(getDb(), film.id))!;
    expect(await deleteFilm({ actorId: admin.id, filmId: film.id, version })).toMatchObject({ ok: true });
    expect(await likeCountOf(review.id)).toBeUndefined();

    expect(await revertFilmChange(film.id, "delete")).toMatchObject({
      redirected: expect.stringContaining("redirect"),
    });
    expect(await likeCountOf(review.id)).toBe(2);
    expect(await databaseState()).toEqual(before);
  });

  it("keeps the likes of the review a member still stands by, and a revert gives the folded one its likes back", async () => {
    const admin = await createUser({ role: "admin" });
    const [kept, duplicate] = [await auditedFilm(admin, "Kept"), await auditedFilm(admin, "Duplicate")];
    const member = await createUser();
    const at = (date: string) => new Date(`${date}T12:00:00Z`);
    const older = await createReview({
      filmId: duplicate.id,
      userId: member.id,
      body: "First take.",
      createdAt: at("2020-01-01"),
    });
    const newer = await createReview({
      filmId: kept.id,
      userId: member.id,
      body: "Second take.",
      createdAt: at("2021-01-01"),
    });
    await likedBy(older.id, 2);
    await likedBy(newer.id, 1);
    const before = await databaseState();

    signedInAs(admin);
    expect(await mergeFilms({ actorId: admin.id, duplicateId: duplicate.id, keep: { id: kept.id } })).toMatchObject({
      ok: true,
    });
    expect(await likeCountOf(older.id)).toBeUndefined();
    expect(await likeCountOf(newer.id)).toBe(1);

    expect(await revertFilmChange(duplicate.id, "merge")).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${duplicate.id}`,
    });
    expect(await databaseState()).toEqual(before);
  });
});
