// Cached readers for review permalinks and user pages (see films.ts for the pattern).
import { cacheLife, cacheTag } from "next/cache";
import {
  countWrittenReviewsByUser,
  getReviewById,
  getUserByUsername,
  listRatingsByUser,
  listReviewRevisions,
  listReviewsByUser,
} from "@/db/queries/reviews";
import { countWatchlist, listWatchlist } from "@/db/queries/watchlist";
import type { UserRatingSort, WatchlistSort } from "@/lib/browse-sorts";
import type { Locale } from "@/i18n/locales";
import { cacheTags, RATINGS_CACHE_LIFE } from "@/lib/cache-tags";
import { withFilmsInLanguage } from "./film-titles";

export const USER_RATINGS_PAGE_SIZE = 20;
export const WATCHLIST_PAGE_SIZE = 20;

/** A member's page shows each film's title and year: an admin's edit of one refreshes it. */
export function tagFilmsListed(items: { film: { id: number } }[]) {
  if (items.length > 0) cacheTag(...items.map((item) => cacheTags.filmDetails(item.film.id)));
}

export async function loadReviewPage(id: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.review(id));
  const review = await getReviewById(id);
  if (!review) return undefined;
  cacheTag(cacheTags.film(review.film.id), cacheTags.user(review.author.id));
  return { ...review, revisions: review.editedAt ? await listReviewRevisions(id) : [] };
}

/** The review with its film titled in the locale's language (app/_data/film-titles.ts). */
export async function loadReviewPageIn(id: number, locale: Locale) {
  const review = await loadReviewPage(id);
  return review && (await withFilmsInLanguage([review], locale))[0];
}

export async function loadUserPage(username: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.username(username.toLowerCase()));
  const user = await getUserByUsername(username);
  if (!user) return undefined;
  cacheTag(cacheTags.user(user.id));
  const [reviews, writtenReviewCount, watchlistCount] = await Promise.all([
    listReviewsByUser(user.id, { page: 1 }),
    countWrittenReviewsByUser(user.id),
    countWatchlist(user.id),
  ]);
  tagFilmsListed(reviews);
  return { user, reviews, writtenReviewCount, watchlistCount };
}

/** A page of a member's ratings: under their user tag, like their profile, so a rating shows at once. */
export async function loadUserRatings(userId: number, sort: UserRatingSort, page: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.user(userId));
  const listed = await listRatingsByUser(userId, { sort, page, pageSize: USER_RATINGS_PAGE_SIZE });
  tagFilmsListed(listed.ratings);
  return listed;
}

/**
 * A page of a member's watchlist: under their user tag, so an addition or removal shows at once. Each film's average
 * rating, and the order by it, follow ratings on their own rhythm (RATINGS_CACHE_LIFE), as the charts do.
 */
export async function loadWatchlist(userId: number, sort: WatchlistSort, page: number) {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.user(userId));
  const listed = await listWatchlist(userId, { sort, page, pageSize: WATCHLIST_PAGE_SIZE });
  tagFilmsListed(listed.entries);
  return listed;
}
