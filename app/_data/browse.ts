// Cached readers for browse pages. Their order depends on ratings, so they share the charts tag and rhythm.
import { cacheLife, cacheTag } from "next/cache";
import {
  getCountryByCode,
  getGenreBySlug,
  listCountriesWithFilmCounts,
  listFilmsBy,
  listGenres,
  listGenresWithFilmCounts,
  listYearsWithFilmCounts,
  type BrowseFilter,
} from "@/db/queries/browse";
import type { BrowseSort } from "@/lib/browse-sorts";
import { cacheTags, RATINGS_CACHE_LIFE } from "@/lib/cache-tags";

export const BROWSE_PAGE_SIZE = 24;

export async function loadFilmsBy(filter: BrowseFilter, sort: BrowseSort, page: number) {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.charts);
  return listFilmsBy(filter, { sort, page, pageSize: BROWSE_PAGE_SIZE });
}

export async function loadGenre(slug: string) {
  "use cache";
  cacheLife("hours");
  return getGenreBySlug(slug);
}

export async function loadGenres() {
  "use cache";
  cacheLife("hours");
  return listGenres();
}

export async function loadCountry(code: string) {
  "use cache";
  cacheLife("hours");
  return getCountryByCode(code);
}

// The indexes count films, which only curation changes (a film created, edited or deleted, or an import): every one
// of those invalidates the charts tag at once, and no rating does.

export async function loadGenreIndex() {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.charts);
  return listGenresWithFilmCounts();
}

export async function loadCountryIndex() {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.charts);
  return listCountriesWithFilmCounts();
}

export async function loadYearIndex() {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.charts);
  return listYearsWithFilmCounts();
}
