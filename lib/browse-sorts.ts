// The orders of list pages, the first being the default: in the pages' paths, so read by next.config.ts too.

/** Browse pages: a genre's, a year's, a country's films. */
export const BROWSE_SORTS = ["popular", "rating", "newest", "oldest", "title"] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** A film's reviews. */
export const FILM_REVIEW_SORTS = ["newest", "highest", "lowest", "popular"] as const;
export type FilmReviewSort = (typeof FILM_REVIEW_SORTS)[number];

/** The reviews a member liked: the latest like first, the one order. */
export const LIKED_REVIEW_SORTS = ["date"] as const;
export type LikedReviewSort = (typeof LIKED_REVIEW_SORTS)[number];

/** A member's ratings: newest first, highest first, or by title. */
export const USER_RATING_SORTS = ["date", "rating", "title"] as const;
export type UserRatingSort = (typeof USER_RATING_SORTS)[number];

/** A member's watchlist: latest added first, newest film first, or highest rated first. */
export const WATCHLIST_SORTS = ["date", "year", "rating"] as const;
export type WatchlistSort = (typeof WATCHLIST_SORTS)[number];
