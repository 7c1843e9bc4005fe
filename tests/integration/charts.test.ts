import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  getChartParameters,
  listMostReviewedFilms,
  listTopPeople,
  listTopRatedFilms,
  type ChartParameters,
} from "@/db/queries/charts";
import { listReviewsForFilm } from "@/db/queries/films";
import { credits, films, people, reviews, users } from "@/db/schema";

describe("charts before a film's release", () => {
  let filmId: number;
  let personId: number;
  let raterIds: number[];
  let parametersBefore: ChartParameters;

  beforeAll(async () => {
    const db = getDb();
    parametersBefore = await getChartParameters();
    [{ id: filmId }] = (await db
      .insert(films)
      .values({ slug: "festival-darling-2099", title: "Festival Darling", year: 2099, releaseDate: "2099-06-01" })
      .returning({ id: films.id })) as [{ id: number }];
    [{ id: personId }] = (await db
      .insert(people)
      .values({ slug: "hyped-director", name: "Hyped Director" })
      .returning({ id: people.id })) as [{ id: number }];
    await db.insert(credits).values({ filmId, personId, role: "director" });
    raterIds = (
      await db
        .insert(users)
        .values(
          Array.from({ length: 60 }, (_, index) => ({
            username: `festival_${index}`,
            email: `festival${index}@example.com`,
          })),
        )
        .returning({ id: users.id })
    ).map((user) => user.id);
    await db
      .insert(reviews)
      .values(
        raterIds.map((userId, index) => ({ filmId, userId, rating: 10, body: index < 30 ? "A triumph." : null })),
      );
  });

  afterAll(async () => {
    const db = getDb();
    await db.delete(films).where(eq(films.id, filmId));
    await db.delete(people).where(eq(people.id, personId));
    await db.delete(users).where(inArray(users.id, raterIds));
  });

  it("keep an unreleased film out of every chart, however well it is rated", async () => {
    const parameters = await getChartParameters();
    expect(parameters).toEqual(parametersBefore);
    const topRated = await listTopRatedFilms(parameters, { limit: 1000 });
    expect(topRated.length).toBeGreaterThan(0);
    expect(topRated.map((film) => film.slug)).not.toContain("festival-darling-2099");
    expect((await listMostReviewedFilms(1000)).map((film) => film.slug)).not.toContain("festival-darling-2099");
    expect((await listTopPeople("director", parameters, 1000)).map((person) => person.slug)).not.toContain(
      "hyped-director",
    );
  });

  it("mark the reviews written before the release, and no others", async () => {
    const [review] = await listReviewsForFilm(filmId, { pageSize: 1 });
    expect(review?.isPreRelease).toBe(true);
    const [escape] = await getDb().select({ id: films.id }).from(films).where(eq(films.slug, "escape-2024"));
    const escapeReviews = await listReviewsForFilm(escape!.id);
    expect(escapeReviews.length).toBeGreaterThan(0);
    expect(escapeReviews.every((other) => other.isPreRelease === false)).toBe(true);
  });
});
