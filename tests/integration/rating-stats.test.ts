import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { filmRatingStats, films, reviews, users } from "@/db/schema";
import { createScratchDatabase } from "../support/scratch-database";

describe("film_rating_stats", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let database: ReturnType<typeof createDatabase>;
  let filmId: number;

  async function createUsers(count: number) {
    const rows = Array.from({ length: count }, (_, index) => ({
      username: `rater_${count}_${index}`,
      email: `rater${count}_${index}@example.com`,
    }));
    return (await database.db.insert(users).values(rows).returning({ id: users.id })).map((user) => user.id);
  }

  async function stats() {
    const [row] = await database.db.select().from(filmRatingStats).where(eq(filmRatingStats.filmId, filmId));
    return row;
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase("stats");
    database = createDatabase(scratch.url, { maxConnections: 20 });
    [{ id: filmId }] = (await database.db
      .insert(films)
      .values({ slug: "stats-film-2020", title: "Stats Film", year: 2020 })
      .returning({ id: films.id })) as [{ id: number }];
  });

  afterAll(async () => {
    await database.sql.end();
    await scratch.drop();
  });

  it("follow inserts, edits, hiding and deletes of reviews", async () => {
    const [first, second] = (await createUsers(2)) as [number, number];
    await database.db.insert(reviews).values([
      { filmId, userId: first, rating: 7, body: "Good." },
      { filmId, userId: second, rating: 0 },
    ]);
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
    await Promise.all(
      raters.map((userId, index) => database.db.insert(reviews).values({ filmId, userId, rating: index % 11 })),
    );
    const [recount] = await database.sql`
      select count(*)::int as count, sum(rating)::int as sum from reviews where film_id = ${filmId} and status = 'visible'`;
    expect(await stats()).toMatchObject({ ratingCount: recount!.count, ratingSum: recount!.sum });
  });
});
