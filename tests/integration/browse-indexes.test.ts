import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  listCountriesWithFilmCounts,
  listFilmsBy,
  listGenresWithFilmCounts,
  listYearsWithFilmCounts,
} from "@/db/queries/browse";
import { countries, filmCountries, filmGenres, films, genres } from "@/db/schema";
import { createFilm } from "../support/factories";

// A year, a country code and genres no other test and no seed film uses, so the counts are this file's alone.
const YEAR = 1871;
const COUNTRY = { code: "QZ", name: "Qazland" };
const EMPTY_COUNTRY = { code: "QY", name: "Qyland" };
const GENRE = { slug: `index-genre-${process.pid}`, name: `Index genre ${process.pid}` };
const EMPTY_GENRE = { slug: `empty-genre-${process.pid}`, name: `Empty genre ${process.pid}` };

describe("browse indexes", () => {
  let filmIds: number[];
  let genreId: number;

  beforeAll(async () => {
    const db = getDb();
    filmIds = (await Promise.all([1, 2, 3].map(() => createFilm({ year: YEAR })))).map((film) => film.id);
    const [genre] = await db.insert(genres).values([GENRE, EMPTY_GENRE]).returning();
    genreId = genre!.id;
    await db.insert(countries).values([COUNTRY, EMPTY_COUNTRY]);
    const [first, second] = filmIds;
    await db.insert(filmGenres).values([first!, second!].map((filmId) => ({ filmId, genreId })));
    await db.insert(filmCountries).values([first!, second!].map((filmId) => ({ filmId, countryCode: COUNTRY.code })));
  });

  afterAll(async () => {
    const db = getDb();
    await db.delete(films).where(inArray(films.id, filmIds));
    await db.delete(genres).where(inArray(genres.slug, [GENRE.slug, EMPTY_GENRE.slug]));
    await db.delete(countries).where(inArray(countries.code, [COUNTRY.code, EMPTY_COUNTRY.code]));
  });

  it("counts each genre's films, lists genres by name and leaves out genres without films", async () => {
    const index = await listGenresWithFilmCounts();
    expect(index).toContainEqual({ ...GENRE, filmCount: 2 });
    expect(index.map((genre) => genre.slug)).not.toContain(EMPTY_GENRE.slug);
    expect(index.find((genre) => genre.slug === "drama")?.filmCount).toBeGreaterThanOrEqual(41);
    const names = index.map((genre) => genre.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("gives a genre the count its own list gives", async () => {
    const { total } = await listFilmsBy({ genreId }, { sort: "popular", page: 1, pageSize: 1 });
    expect(total).toBe(2);
  });

  it("counts each country's films and leaves out countries without films", async () => {
    const index = await listCountriesWithFilmCounts();
    expect(index).toContainEqual({ ...COUNTRY, filmCount: 2 });
    expect(index.find((country) => country.code === "KR")?.filmCount).toBeGreaterThanOrEqual(12);
    expect(index.map((country) => country.code)).not.toContain(EMPTY_COUNTRY.code);
  });

  it("counts each year's films, newest year first", async () => {
    const index = await listYearsWithFilmCounts();
    expect(index).toContainEqual({ year: YEAR, filmCount: 3 });
    expect(index.find((entry) => entry.year === 2020)?.filmCount).toBeGreaterThanOrEqual(3);
    const years = index.map((entry) => entry.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => b - a));
  });
});
