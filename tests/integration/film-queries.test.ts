import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getFilmBySlug, listLatestReviews, listRelatedFilms, listReviewsForFilm } from "@/db/queries/films";
import { getPersonBySlug } from "@/db/queries/people";
import { filmGenres, films, genres } from "@/db/schema";
import { createFilm, createPerson } from "../support/factories";

describe("getFilmBySlug", () => {
  it("returns Escape with its titles, director, cast, credited plot and rating stats", async () => {
    const film = await getFilmBySlug("escape-2024");
    expect(film).toBeDefined();
    expect(film).toMatchObject({ title: "Escape", originalTitle: "탈주", year: 2024, runtimeMinutes: 94 });
    expect(film!.titles.map((title) => title.title)).toEqual(expect.arrayContaining(["탈주", "Run Away"]));
    expect(film!.countries).toEqual([{ code: "KR", name: "South Korea" }]);
    expect(film!.genres.map((genre) => genre.slug)).toEqual(expect.arrayContaining(["thriller", "action"]));
    expect(film!.directors).toEqual([expect.objectContaining({ slug: "lee-jong-pil", name: "Lee Jong-pil" })]);
    expect(film!.cast.map((member) => member.slug)).toEqual(expect.arrayContaining(["lee-je-hoon", "koo-kyo-hwan"]));
    expect(film!.plots.map((plot) => plot.source)).toContain("Well Go USA Entertainment");
    expect(film!.stats?.ratingCount).toBeGreaterThanOrEqual(2);
  });

  it("returns nothing for an unknown slug", async () => {
    expect(await getFilmBySlug("no-such-film-1999")).toBeUndefined();
  });
});

describe("listReviewsForFilm", () => {
  it("lists Escape's two written reviews with their ratings and authors, newest first", async () => {
    const film = await getFilmBySlug("escape-2024");
    const reviews = await listReviewsForFilm(film!.id);
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    expect(reviews.find((review) => review.body?.includes("brisk pace"))?.rating).toBe(7);
    expect(reviews.find((review) => review.body?.includes("friendship"))?.rating).toBeLessThan(7);
    const dates = reviews.map((review) => review.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe("listLatestReviews", () => {
  it("only lists written reviews, each with its film", async () => {
    const reviews = await listLatestReviews({ limit: 5 });
    expect(reviews).toHaveLength(5);
    for (const review of reviews) {
      expect(review.body).toBeTruthy();
      expect(review.film.slug).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe("getPersonBySlug", () => {
  it("returns Lee Jong-pil with his Hangul name and Escape in his filmography as director", async () => {
    const person = await getPersonBySlug("lee-jong-pil");
    expect(person).toMatchObject({ name: "Lee Jong-pil", originalName: "이종필" });
    expect(person!.filmography).toContainEqual(
      expect.objectContaining({ role: "director", film: expect.objectContaining({ slug: "escape-2024" }) }),
    );
  });

  it("returns nothing for an unknown slug", async () => {
    expect(await getPersonBySlug("nobody-at-all")).toBeUndefined();
  });

  it("numbers people who share a name in the order they came, and no one whose name is theirs alone", async () => {
    await createPerson({ slug: "jane-namesake", name: "Jane Namesake" });
    await createPerson({ slug: "jane-namesake-2", name: "jane namesake" });
    const numbers = await Promise.all(
      ["jane-namesake", "jane-namesake-2", "lee-jong-pil"].map(
        async (slug) => (await getPersonBySlug(slug))!.namesakeNumber,
      ),
    );
    expect(numbers).toEqual([1, 2, undefined]);
  });
});

describe("listRelatedFilms", () => {
  it("puts the same director's films first, then films sharing the most genres, never the film itself", async () => {
    const escape = (await getFilmBySlug("escape-2024"))!;
    const related = await listRelatedFilms(escape.id, { limit: 6 });
    expect(related[0]!.slug).toBe("samjin-company-english-class-2020");
    expect(related.map((film) => film.slug)).not.toContain("escape-2024");
    expect(related).toHaveLength(6);
    const sharedGenres: number[] = [];
    for (const film of related.slice(1)) {
      const other = (await getFilmBySlug(film.slug))!;
      sharedGenres.push(other.genres.filter((genre) => escape.genres.some((mine) => mine.slug === genre.slug)).length);
    }
    expect(Math.min(...sharedGenres)).toBeGreaterThan(0);
    expect(sharedGenres).toEqual([...sharedGenres].sort((a, b) => b - a));
  });

  it("weighs films nobody has rated yet, where a genre has too few rated films", async () => {
    // A genre of the test's own, so that no other test's related films change.
    const [genre] = await getDb()
      .insert(genres)
      .values({ slug: "unrated-test", name: "Unrated Test" })
      .returning({ id: genres.id });
    const unrated = [await createFilm({ slug: "unrated-test-1" }), await createFilm({ slug: "unrated-test-2" })];
    try {
      await getDb()
        .insert(filmGenres)
        .values(unrated.map((film) => ({ filmId: film.id, genreId: genre!.id })));
      const related = await listRelatedFilms(unrated[0]!.id);
      expect(related.map((film) => film.slug)).toEqual(["unrated-test-2"]);
    } finally {
      await getDb()
        .delete(films)
        .where(
          inArray(
            films.id,
            unrated.map((film) => film.id),
          ),
        );
      await getDb().delete(genres).where(eq(genres.id, genre!.id));
    }
  });
});
