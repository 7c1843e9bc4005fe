// Cached charts: recomputed from film_rating_stats, never from reviews, on the ratings rhythm (RATINGS_CACHE_LIFE).
import { cacheLife, cacheTag } from "next/cache";
import {
  getChartParameters,
  listMostReviewedFilms,
  listTopFilmsPerDecade,
  listTopFilmsPerGenre,
  listTopPeople,
  listTopRatedFilms,
} from "@/db/queries/charts";
import { cacheTags, RATINGS_CACHE_LIFE } from "@/lib/cache-tags";

export async function loadCharts() {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.charts);
  const parameters = await loadChartParameters();
  const [topRated, mostReviewed, perGenre, perDecade, directors, actors] = await Promise.all([
    listTopRatedFilms(parameters),
    listMostReviewedFilms(),
    listTopFilmsPerGenre(parameters),
    listTopFilmsPerDecade(parameters),
    listTopPeople("director", parameters),
    listTopPeople("cast", parameters),
  ]);
  return { parameters, topRated, mostReviewed, perGenre, perDecade, directors, actors };
}

/** C and m, shared by every cached reader that ranks films (an aggregate over every film's stats: ~100 ms at 100k). */
export async function loadChartParameters() {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.charts);
  return getChartParameters();
}
