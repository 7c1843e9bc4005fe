import { describe, expect, it } from "vitest";
import { averageForRole, knownFor, sortFilmography, type FilmographyCredit } from "./filmography";

function credit(slug: string, year: number, role: string, ratingCount: number, ratingSum: number): FilmographyCredit {
  return { role, character: null, film: { slug, title: slug, year }, ratingCount, ratingSum };
}

const credits = [
  credit("b-film", 2001, "director", 2, 16),
  credit("a-film", 1999, "director", 1, 4),
  credit("c-film", 2010, "cast", 10, 70),
  credit("b-film", 2001, "writer", 2, 16),
];

describe("sortFilmography", () => {
  it("sorts by year (newest first), by rating and by title", () => {
    expect(sortFilmography(credits, "year").map((c) => c.film.slug)).toEqual(["c-film", "b-film", "b-film", "a-film"]);
    expect(sortFilmography(credits, "rating").map((c) => c.film.slug)).toEqual([
      "b-film",
      "b-film",
      "c-film",
      "a-film",
    ]);
    expect(sortFilmography(credits, "title").map((c) => c.film.slug)).toEqual(["a-film", "b-film", "b-film", "c-film"]);
  });
});

describe("averageForRole", () => {
  it("averages every rating of the films in that role", () => {
    expect(averageForRole(credits, "director")).toEqual({ count: 3, average: 6.7, percentage: 67, films: 2 });
    expect(averageForRole(credits, "composer")).toEqual({ count: 0, average: null, percentage: null, films: 0 });
  });
});

describe("knownFor", () => {
  it("lists the most rated films once each", () => {
    expect(knownFor(credits).map((c) => c.film.slug)).toEqual(["c-film", "b-film", "a-film"]);
  });
});
