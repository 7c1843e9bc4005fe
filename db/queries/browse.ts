// Reads for browse pages: films by genre, year or country, the names those pages are titled with, and the indexes
// that list them.
import { and, asc, count, desc, eq, exists, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { countries, filmCountries, filmGenres, filmRatingStats, films, genres } from "../schema";
import { pageOfFilmCards } from "./films";
import type { BrowseSort } from "@/lib/browse-sorts";

export type BrowseFilter = { genreId: number } | { year: number } | { countryCode: string };

/** A film's average rating out of 10; null without ratings. */
export const meanRating = sql<
  number | null
>`${filmRatingStats.ratingSum}::float / nullif(${filmRatingStats.ratingCount}, 0)`;

const browseOrder = {
  popular: [sql`${filmRatingStats.ratingCount} desc nulls last`, asc(films.title)],
  rating: [sql`${meanRating} desc nulls last`, asc(films.title)],
  newest: [desc(films.year), asc(films.title)],
  oldest: [asc(films.year), asc(films.title)],
  title: [asc(films.title), asc(films.year)],
} satisfies Record<BrowseSort, unknown[]>;

function whereFor(filter: BrowseFilter): SQL {
  if ("genreId" in filter) {
    return exists(
      getDb()
        .select({ one: sql`1` })
        .from(filmGenres)
        .where(and(eq(filmGenres.filmId, films.id), eq(filmGenres.genreId, filter.genreId))),
    );
  }
  if ("year" in filter) return eq(films.year, filter.year);
  return exists(
    getDb()
      .select({ one: sql`1` })
      .from(filmCountries)
      .where(and(eq(filmCountries.filmId, films.id), eq(filmCountries.countryCode, filter.countryCode))),
  );
}

export async function listFilmsBy(
  filter: BrowseFilter,
  { sort, page, pageSize }: { sort: BrowseSort; page: number; pageSize: number },
) {
  return pageOfFilmCards(whereFor(filter), browseOrder[sort], { page, pageSize });
}

export async function getGenreBySlug(slug: string) {
  const [genre] = await getDb().select().from(genres).where(eq(genres.slug, slug)).limit(1);
  return genre;
}

export async function getCountryByCode(code: string) {
  const [country] = await getDb().select().from(countries).where(eq(countries.code, code.toUpperCase())).limit(1);
  return country;
}

export async function listGenres() {
  return getDb().select({ slug: genres.slug, name: genres.name }).from(genres).orderBy(asc(genres.name));
}

/** The genres that have films, by name, with how many each has: /genres. */
export async function listGenresWithFilmCounts() {
  return getDb()
    .select({ slug: genres.slug, name: genres.name, filmCount: count() })
    .from(genres)
    .innerJoin(filmGenres, eq(filmGenres.genreId, genres.id))
    .groupBy(genres.id)
    .orderBy(asc(genres.name));
}

/** The countries that have films, by name, with how many each has: /countries. */
export async function listCountriesWithFilmCounts() {
  return getDb()
    .select({ code: countries.code, name: countries.name, filmCount: count() })
    .from(countries)
    .innerJoin(filmCountries, eq(filmCountries.countryCode, countries.code))
    .groupBy(countries.code)
    .orderBy(asc(countries.name), asc(countries.code));
}

/** The years that have films, newest first, with how many each has: /years. */
export async function listYearsWithFilmCounts() {
  return getDb()
    .select({ year: films.year, filmCount: count() })
    .from(films)
    .groupBy(films.year)
    .orderBy(desc(films.year));
}
