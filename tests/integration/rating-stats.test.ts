import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { filmRatingStats, reviews } from "@/db/schema";
import { createFilm, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";

describe("film_rating_stats", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: ReturnType<typeof createDatabase>;
  let filmId: number;

  async function createUsers(count: number) {
    return Promise.all(Array.from({ length: count }, async () => (await createUser({}, database.db)).id));
  }

  async function stats() {
    const [row] = await database.db.select().from(filmRatingStats).where(eq(filmRatingStats.filmId, filmId));
    return row;
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase("stats");
    database = createDatabase(scratch.url, { maxConnections: 20 });
    filmId = (await createFilm({}, database.db)).id;
  });

  afterAll(async () => {
    await database.sql.end();
    await scratch.drop();
  });

  it("follow inserts, edits, hiding and deletes of reviews", async () => {
    const [first, second] = (await createUsers(2)) as [number, number];
    await createReview({ filmId, userId: first, rating: 7, body: "Good." }, database.db);
    await createReview({ filmId, userId: second, rating: 0 }, database.db);
    expect(await stats()).toMatchObject({ ratingCount: 2, ratingSum: 7, reviewCount: 1 });
    expect((await stats())!.histogram).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);

    await database.db.update(reviews).set({ rating: 10 }).where(eq(reviews.userId, first));
    expect(await stats()).toMatchObject({
      ratingCount: 2,
      ratingSum: 10,
      histogram: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    });

    await database.db.update(reviews).set({ status: "hidden" }).where(eq(reviews.userId, first));
    expect(await stats()).toMatchObject({ ratingCount: 1, ratingSum: 0, reviewCount: 0 });

    await database.db.delete(reviews).where(eq(reviews.userId, second));
    expect(await stats()).toMatchObject({ ratingCount: 0, ratingSum: 0, histogram: Array(11).fill(0) });
  });

  it("stay equal to a recount under 50 concurrent ratings", async () => {
    const raters = await createUsers(50);
    await Promise.all(raters.map((userId, index) => createReview({ filmId, userId, rating: index % 11 }, database.db)));
    const [recount] = await database.sql`
      select count(*)::int as count, sum(rating)::int as sum from reviews where film_id = ${filmId} and status = 'visible'`;
    expect(await stats()).toMatchObject({ ratingCount: recount!.count, ratingSum: recount!.sum });
  });
});
