// Reads for Discover: films by any combination of genres, country, years, runtime and ratings, in a chosen order.
import { and, asc, desc, eq, exists, gte, lte, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { countries, filmCountries, filmGenres, filmRatingStats, films, genres } from "../schema";
import { weightedRatingSql, type ChartParameters } from "./charts";
import { pageOfFilmCards } from "./films";
import type { DiscoverFilters, DiscoverSort } from "@/lib/discover-params";

const votes = sql`coalesce(${filmRatingStats.ratingCount}, 0)`;

function conditionsFor(filters: DiscoverFilters): (SQL | undefined)[] {
  return [
    // One EXISTS per genre: a film must have all of them.
    ...filters.genres.map((slug) =>
      exists(
        getDb()
          .select({ one: sql`1` })
          .from(filmGenres)
          .innerJoin(genres, eq(genres.id, filmGenres.genreId))
          .where(and(eq(filmGenres.filmId, films.id), eq(genres.slug, slug))),
      ),
    ),
    filters.country
      ? exists(
          getDb()
            .select({ one: sql`1` })
            .from(filmCountries)
            .where(and(eq(filmCountries.filmId, films.id), eq(filmCountries.countryCode, filters.country))),
        )
      : undefined,
    filters.yearFrom !== undefined ? gte(films.year, filters.yearFrom) : undefined,
    filters.yearTo !== undefined ? lte(films.year, filters.yearTo) : undefined,
    filters.runtimeFrom !== undefined ? gte(films.runtimeMinutes, filters.runtimeFrom) : undefined,
    filters.runtimeTo !== undefined ? lte(films.runtimeMinutes, filters.runtimeTo) : undefined,
    // mean × 10 ≥ minRating, kept in whole numbers: sum · 10 ≥ minRating · count, and a film needs a rating.
    filters.minRating !== undefined
      ? sql`${filmRatingStats.ratingCount} > 0 and ${filmRatingStats.ratingSum} * 10 >= ${filters.minRating} * ${filmRatingStats.ratingCount}`
      : undefined,
    filters.minVotes !== undefined ? sql`${votes} >= ${filters.minVotes}` : undefined,
  ];
}

function orderFor(sort: DiscoverSort, parameters: ChartParameters): SQL[] {
  const mean = sql`${filmRatingStats.ratingSum}::float / nullif(${filmRatingStats.ratingCount}, 0)`;
  const byTitle = [asc(films.title), asc(films.id)];
  switch (sort) {
    // Films without ratings would all sit at C, mid-list; they come after every rated film instead.
    case "weighted":
      return [
        sql`${votes} > 0 desc`,
        sql`${weightedRatingSql(filmRatingStats.ratingCount, filmRatingStats.ratingSum, parameters)} desc`,
        sql`${votes} desc`,
        ...byTitle,
      ];
    case "rating":
      return [sql`${mean} desc nulls last`, sql`${votes} desc`, ...byTitle];
    case "votes":
      return [sql`${votes} desc`, ...byTitle];
    case "newest":
      return [desc(films.year), ...byTitle];
    case "oldest":
      return [asc(films.year), ...byTitle];
    case "title":
      return [asc(films.title), asc(films.year), asc(films.id)];
  }
}

/** One page of films matching every filter, in the chosen order, and how many match in all. */
export async function discoverFilms(
  filters: DiscoverFilters,
  parameters: ChartParameters,
  { sort, page, pageSize }: { sort: DiscoverSort; page: number; pageSize: number },
) {
  return pageOfFilmCards(and(...conditionsFor(filters)), orderFor(sort, parameters), { page, pageSize });
}

/** The countries that have films, for the Discover form's choice of country. */
export async function listCountriesWithFilms() {
  return getDb()
    .selectDistinct({ code: countries.code, name: countries.name })
    .from(countries)
    .innerJoin(filmCountries, eq(filmCountries.countryCode, countries.code))
    .orderBy(asc(countries.name), asc(countries.code));
}
