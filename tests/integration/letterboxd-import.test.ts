import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { importLetterboxdRatings } from "@/db/mutations/letterboxd-import";
import { films, reviews } from "@/db/schema";
import { createUser } from "../support/factories";

async function ratingOf(userId: number, slug: string) {
  const [row] = await getDb()
    .select({ rating: reviews.rating, body: reviews.body })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.userId, userId), eq(films.slug, slug)));
  return row;
}

describe("importing Letterboxd ratings", () => {
  it("matches films by title, original or other title and year, and reports the rest", async () => {
    const user = await createUser();
    const report = await importLetterboxdRatings(user.id, [
      { line: 2, name: "escape", year: 2024, rating: 8, review: "Brisk." },
      { line: 3, name: "탈주", year: 2024, rating: 9, review: null },
      { line: 4, name: "Le Fabuleux Destin d'Amélie Poulain", year: 2001, rating: 10, review: null },
      { line: 5, name: "Escape", year: 1999, rating: 4, review: null },
      { line: 6, name: "A Film Nobody Made", year: 2010, rating: 6, review: null },
    ]);
    expect(report.imported).toBe(3);
    expect(report.unmatched).toEqual([
      { line: 5, name: "Escape", year: 1999 },
      { line: 6, name: "A Film Nobody Made", year: 2010 },
    ]);
    // Two rows named Escape (2024): the later one is an edit of the same review.
    expect(await ratingOf(user.id, "escape-2024")).toEqual({ rating: 9, body: null });
    expect(await ratingOf(user.id, "amelie-2001")).toEqual({ rating: 10, body: null });
  });
});
