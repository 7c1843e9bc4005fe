import { beforeAll, describe, expect, it } from "vitest";
import { getChartParameters, type ChartParameters } from "@/db/queries/charts";
import { discoverFilms, listCountriesWithFilms } from "@/db/queries/discover";
import type { DiscoverFilters, DiscoverSort } from "@/lib/discover-params";
import { weightedRating } from "@/lib/rating";

let parameters: ChartParameters;

beforeAll(async () => {
  parameters = await getChartParameters();
});

function discover(
  filters: Partial<DiscoverFilters>,
  { sort = "weighted", page = 1, pageSize = 100 }: { sort?: DiscoverSort; page?: number; pageSize?: number } = {},
) {
  return discoverFilms({ genres: [], ...filters }, parameters, { sort, page, pageSize });
}

async function slugsFor(filters: Partial<DiscoverFilters>) {
  return (await discover(filters)).films.map((film) => film.slug);
}

function isOrdered<Value>(values: Value[], inOrder: (a: Value, b: Value) => boolean) {
  return values.every((value, index) => index === 0 || inOrder(values[index - 1]!, value));
}

describe("discoverFilms", () => {
  it("lists every film without filters, with the total", async () => {
    const { films, total } = await discover({});
    expect(total).toBe(films.length);
    expect(total).toBeGreaterThanOrEqual(70);
  });

  it("keeps only films with every chosen genre", async () => {
    expect(await slugsFor({ genres: ["thriller", "action"] })).toContain("escape-2024");
    expect(await slugsFor({ genres: ["thriller", "comedy"] })).not.toContain("escape-2024");
  });

  it("filters by country", async () => {
    const korean = await slugsFor({ country: "KR" });
    expect(korean).toEqual(expect.arrayContaining(["escape-2024", "parasite-2019"]));
    expect(korean).not.toContain("amelie-2001");
  });

  it("filters by a range of years and of runtimes", async () => {
    const { films } = await discover({ yearFrom: 2019, yearTo: 2021 });
    expect(films.length).toBeGreaterThan(0);
    expect(films.every((film) => film.year >= 2019 && film.year <= 2021)).toBe(true);
    const long = await slugsFor({ runtimeFrom: 200 });
    expect(long).toEqual(expect.arrayContaining(["seven-samurai-1954", "lawrence-of-arabia-1962"]));
    expect(long).not.toContain("escape-2024");
    expect(await slugsFor({ runtimeFrom: 90, runtimeTo: 100 })).toContain("escape-2024");
  });

  it("keeps films rated at least the minimum percentage, by enough people", async () => {
    const { films } = await discover({ minRating: 90, minVotes: 3 });
    expect(films.length).toBeGreaterThan(0);
    for (const film of films) {
      expect(film.ratingSum * 10).toBeGreaterThanOrEqual(90 * film.ratingCount);
      expect(film.ratingCount).toBeGreaterThanOrEqual(3);
    }
  });

  it("combines every filter", async () => {
    expect(
      await slugsFor({
        genres: ["thriller"],
        country: "KR",
        yearFrom: 2024,
        yearTo: 2024,
        runtimeTo: 100,
        minVotes: 1,
      }),
    ).toEqual(["escape-2024"]);
  });

  it("sorts by the weighted rating, rated films first", async () => {
    const { films } = await discover({});
    const scores = films.map((film) => ({
      isRated: film.ratingCount > 0,
      weighted: weightedRating({
        votes: film.ratingCount,
        mean: film.ratingCount ? film.ratingSum / film.ratingCount : 0,
        ...parameters,
      }),
    }));
    expect(
      isOrdered(
        scores,
        (a, b) => (a.isRated && !b.isRated) || (a.isRated === b.isRated && a.weighted >= b.weighted - 1e-9),
      ),
    ).toBe(true);
  });

  it.each([
    ["votes", (film: { ratingCount: number }) => film.ratingCount, "descending"],
    ["newest", (film: { year: number }) => film.year, "descending"],
    ["oldest", (film: { year: number }) => film.year, "ascending"],
  ] as const)("sorts by %s", async (sort, valueOf, direction) => {
    const values = (await discover({}, { sort })).films.map((film) => valueOf(film));
    expect(isOrdered(values, (a, b) => (direction === "descending" ? a >= b : a <= b))).toBe(true);
  });

  it("sorts by average rating and by title", async () => {
    const byRating = (await discover({ minVotes: 1 }, { sort: "rating" })).films.map(
      (film) => film.ratingSum / film.ratingCount,
    );
    expect(isOrdered(byRating, (a, b) => a >= b - 1e-9)).toBe(true);
    const titles = (await discover({}, { sort: "title" })).films.map((film) => film.title);
    expect(titles).toEqual([...titles].sort());
  });

  it("pages without repeating a film", async () => {
    const first = await discover({}, { sort: "title", page: 1, pageSize: 10 });
    const second = await discover({}, { sort: "title", page: 2, pageSize: 10 });
    expect(second.total).toBe(first.total);
    expect(new Set([...first.films, ...second.films].map((film) => film.slug)).size).toBe(20);
  });

  it("still says how many films match on a page past the last", async () => {
    const { total } = await discover({});
    expect(await discover({}, { page: 1000, pageSize: 10 })).toEqual({ films: [], total });
  });

  it("finds nothing, without failing, for filters no film meets", async () => {
    expect(await discover({ yearFrom: 2100, minRating: 100 })).toEqual({ films: [], total: 0 });
  });
});

describe("listCountriesWithFilms", () => {
  it("lists each country with films once, by name", async () => {
    const countries = await listCountriesWithFilms();
    expect(countries).toContainEqual({ code: "KR", name: "South Korea" });
    expect(new Set(countries.map((country) => country.code)).size).toBe(countries.length);
    expect(countries.map((country) => country.name)).toEqual([...countries.map((country) => country.name)].sort());
  });
});
