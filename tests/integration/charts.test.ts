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
import { credits, films, people, users } from "@/db/schema";
import { createFilm, createPerson, createReview, createUser } from "../support/factories";

describe("charts before a film's release", () => {
  let filmId: number;
  let personId: number;
  let raterIds: number[];
  let parametersBefore: ChartParameters;

  beforeAll(async () => {
    parametersBefore = await getChartParameters();
    filmId = (await createFilm({ slug: "festival-darling-2099", year: 2099, releaseDate: "2099-06-01" })).id;
    personId = (await createPerson({ slug: "hyped-director" })).id;
    await getDb().insert(credits).values({ filmId, personId, role: "director" });
    raterIds = await Promise.all(
      Array.from({ length: 60 }, async (_, index) => {
        const rater = await createUser();
        await createReview({ filmId, userId: rater.id, rating: 10, body: index < 30 ? "A triumph." : null });
        return rater.id;
      }),
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
