import { inArray, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listRatingsByUser } from "@/db/queries/reviews";
import type { UserRatingSort } from "@/lib/browse-sorts";
import { films, users } from "@/db/schema";
import { createFilm, createReview, createUser } from "../support/factories";

// Titles of this process's own, so that the title order is about these films alone.
const PREFIX = `Rated ${process.pid}`;

describe("listRatingsByUser", () => {
  let userId: number;
  const filmIds: number[] = [];

  /** A film and the member's rating of it, given on a day of January 2026. */
  async function rate(title: string, year: number, rating: number, day: number, fields: { body?: string } = {}) {
    const film = await createFilm({ title: `${PREFIX} ${title}`, year });
    filmIds.push(film.id);
    await createReview({ filmId: film.id, userId, rating, createdAt: new Date(Date.UTC(2026, 0, day)), ...fields });
    return film;
  }

  beforeAll(async () => {
    userId = (await createUser()).id;
    await rate("Bravo", 1999, 9, 3);
    await rate("Alpha", 2001, 6, 1, { body: "Better than its reputation." });
    await rate("Charlie", 2010, 6, 4);
    await rate("Alpha", 1990, 0, 2);
    // Hidden by a moderator: not the member's to show.
    const hidden = await createFilm({ title: `${PREFIX} Delta`, year: 2000 });
    filmIds.push(hidden.id);
    await createReview({ filmId: hidden.id, userId, rating: 10, status: "hidden", createdAt: new Date() });
  });

  afterAll(async () => {
    await getDb().delete(films).where(inArray(films.id, filmIds));
    await getDb().delete(users).where(eq(users.id, userId));
  });

  async function order(sort: UserRatingSort) {
    const { ratings } = await listRatingsByUser(userId, { sort, page: 1, pageSize: 20 });
    return ratings.map((entry) => `${entry.film.title.slice(PREFIX.length + 1)} ${entry.film.year}: ${entry.rating}`);
  }

  it("lists every visible rating with its film, newest first, marking the ones with a review", async () => {
    const { ratings, total } = await listRatingsByUser(userId, { sort: "date", page: 1, pageSize: 20 });
    expect(total).toBe(4);
    expect(await order("date")).toEqual(["Charlie 2010: 6", "Bravo 1999: 9", "Alpha 1990: 0", "Alpha 2001: 6"]);
    expect(ratings.map((entry) => entry.hasReview)).toEqual([false, false, false, true]);
    expect(ratings[0]!.film).toMatchObject({ year: 2010, poster: null, posterPlaceholder: null });
  });

  it("orders by rating, highest first and the newer first among equal ratings", async () => {
    expect(await order("rating")).toEqual(["Bravo 1999: 9", "Charlie 2010: 6", "Alpha 2001: 6", "Alpha 1990: 0"]);
  });

  it("orders by title A to Z, and the earlier film first under one title", async () => {
    expect(await order("title")).toEqual(["Alpha 1990: 0", "Alpha 2001: 6", "Bravo 1999: 9", "Charlie 2010: 6"]);
  });

  it("pages in the chosen order, with the total on every page and no rows past the last", async () => {
    const page = (number: number) => listRatingsByUser(userId, { sort: "rating", page: number, pageSize: 3 });
    const [first, second, third] = await Promise.all([page(1), page(2), page(3)]);
    expect(first.ratings.map((entry) => entry.rating)).toEqual([9, 6, 6]);
    expect(second).toMatchObject({ total: 4, ratings: [expect.objectContaining({ rating: 0 })] });
    expect(third).toEqual({ ratings: [], total: 4 });
  });
});
