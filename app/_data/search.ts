// Cached readers for search. Results are ranked partly by ratings, so they share the charts tag; keyed by the
// normalised text, so "Escape" typed twice is one cache entry.
import { cacheLife, cacheTag } from "next/cache";
import { findClosestSpelling, searchFilms, searchPeople, suggestSearchResults } from "@/db/queries/search";
import type { Locale } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";
import { titleLanguageOf } from "@/lib/film-languages";
import { loadChartParameters } from "./charts";
import { filmsInLanguage } from "./film-titles";

export const SEARCH_PAGE_SIZE = 20;
/** How many of each the "all" view shows before linking to the full list. */
export const SEARCH_PREVIEW_SIZE = 8;

/** Films that match, those matched by a title in the reader's language first, titled in it. */
export async function loadFilmSearch(text: string, page: number, pageSize: number, locale: Locale) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  const found = await searchFilms(text, await loadChartParameters(), {
    page,
    pageSize,
    titlesIn: titleLanguageOf(locale),
  });
  return { ...found, films: await filmsInLanguage(found.films, locale) };
}

export async function loadPeopleSearch(text: string, page: number, pageSize: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return searchPeople(text, { page, pageSize });
}

export async function loadSearchSuggestions(text: string, locale: Locale) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  const suggestions = await suggestSearchResults(text, await loadChartParameters(), {
    titlesIn: titleLanguageOf(locale),
  });
  return { ...suggestions, films: await filmsInLanguage(suggestions.films, locale) };
}

/** "Did you mean": the title or name spelled most like a query that found nothing. */
export async function loadClosestSpelling(text: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return (await findClosestSpelling(text)) ?? null;
}
