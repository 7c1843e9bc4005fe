// Reads for browse pages: films by genre, year or country, and the names those pages are titled with.
import { and, asc, desc, eq, exists, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { countries, filmCountries, filmGenres, filmRatingStats, films, genres } from "../schema";
import { pageOfFilmCards } from "./films";
import type { BrowseSort } from "@/lib/browse-sorts";

export type BrowseFilter = { genreId: number } | { year: number } | { countryCode: string };

const meanRating = sql`${filmRatingStats.ratingSum}::float / nullif(${filmRatingStats.ratingCount}, 0)`;

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
