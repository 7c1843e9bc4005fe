// Cached readers for search. Results are ranked partly by ratings, so they share the charts tag; keyed by the
// normalised text, so "Escape" typed twice is one cache entry.
import { cacheLife, cacheTag } from "next/cache";
import { findClosestSpelling, searchFilms, searchPeople, suggestSearchResults } from "@/db/queries/search";
import { cacheTags } from "@/lib/cache-tags";
import { loadChartParameters } from "./charts";

export const SEARCH_PAGE_SIZE = 20;
/** How many of each the "all" view shows before linking to the full list. */
export const SEARCH_PREVIEW_SIZE = 8;

export async function loadFilmSearch(text: string, page: number, pageSize: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return searchFilms(text, await loadChartParameters(), { page, pageSize });
}

export async function loadPeopleSearch(text: string, page: number, pageSize: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return searchPeople(text, { page, pageSize });
}

export async function loadSearchSuggestions(text: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return suggestSearchResults(text, await loadChartParameters());
}

/** "Did you mean": the title or name spelled most like a query that found nothing. */
export async function loadClosestSpelling(text: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return (await findClosestSpelling(text)) ?? null;
}
