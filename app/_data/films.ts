// Cached readers for film pages and the home page: the db/queries functions behind 'use cache', tagged with
// what they show so that writes can invalidate exactly them.
import { cacheLife, cacheTag } from "next/cache";
import {
  getFilmBySlug,
  listLatestReviews,
  listMostRatedFilmSlugs,
  listRecentlyAddedFilms,
  listRelatedFilms,
  listReviewsForFilm,
} from "@/db/queries/films";
import type { FilmReviewSort } from "@/lib/browse-sorts";
import { findRenamedFilmSlug } from "@/db/queries/redirects";
import { findImageDetails } from "@/db/queries/stored-images";
import { listBareRatingsForFilm } from "@/db/queries/reviews";
import { getLatestChartedYear, listMostReviewedFilms, listTopRatedFilms } from "@/db/queries/charts";
import type { Locale } from "@/i18n/locales";
import { cacheTags, RATINGS_CACHE_LIFE } from "@/lib/cache-tags";
import { filmInLanguage } from "@/lib/film-languages";
import { loadChartParameters } from "./charts";

export const FILM_REVIEWS_PAGE_SIZE = 20;

export async function loadFilmPage(slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.filmSlug(slug));
  const film = await getFilmBySlug(slug);
  if (!film) return undefined;
  cacheTag(cacheTags.film(film.id));
  // The film page shows the newest reviews; the rest are on /films/{slug}/reviews.
  const [reviews, bareRatings, posterDetails] = await Promise.all([
    listReviewsForFilm(film.id, { pageSize: 10 }),
    listBareRatingsForFilm(film.id),
    findImageDetails(film.poster),
  ]);
  return { film: { ...film, posterDetails }, reviews, bareRatings };
}

/** The film page's data as a reader of the locale sees it: their language's title and plots first. */
export async function loadFilmPageIn(slug: string, locale: Locale) {
  const page = await loadFilmPage(slug);
  return page && { ...page, film: filmInLanguage(page.film, locale) };
}

export type FilmPageInLanguage = NonNullable<Awaited<ReturnType<typeof loadFilmPageIn>>>["film"];

/**
 * Cached apart from the film: a new review changes the film's page at once, but hardly which films are related, so
 * the page renders again after a review without this, the costliest query of the page. Curation refreshes it; the
 * related films' ratings follow on the ratings rhythm.
 */
export async function loadRelatedFilms(filmId: number) {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.relatedFilms(filmId));
  return listRelatedFilms(filmId);
}

/** The home page's newest reviews: refreshed by every review, so the query must stay cheap (an index walk). */
export async function loadLatestReviews() {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.home);
  return listLatestReviews();
}

/** The home page's charts and newest films, with their ratings: on the ratings rhythm, like the charts page. */
export async function loadHomeCharts() {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.charts);
  const parameters = await loadChartParameters();
  // "This year" early in January, or in a catalogue without recent films, falls back to the latest charted year.
  const chartedYear = await getLatestChartedYear(parameters, new Date().getFullYear());
  const [recentlyAddedFilms, topRatedOfYear, mostReviewed] = await Promise.all([
    listRecentlyAddedFilms(),
    chartedYear ? listTopRatedFilms(parameters, { year: chartedYear, limit: 5 }) : [],
    listMostReviewedFilms(5),
  ]);
  return { recentlyAddedFilms, chartedYear, topRatedOfYear, mostReviewed };
}

export async function loadPrerenderedFilmSlugs() {
  "use cache";
  cacheLife("hours");
  return listMostRatedFilmSlugs();
}

export async function loadFilmReviews(filmId: number, sort: FilmReviewSort, page: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.film(filmId));
  return listReviewsForFilm(filmId, { sort, page, pageSize: FILM_REVIEWS_PAGE_SIZE });
}

export async function loadRenamedFilmSlug(oldSlug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.filmSlug(oldSlug));
  return findRenamedFilmSlug(oldSlug);
}
