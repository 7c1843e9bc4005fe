// Names of cache tags: pages tag what they show, writes invalidate what they change.

export const cacheTags = {
  film: (id: number) => `film:${id}`,
  /** Tags a lookup by slug, so that creating or renaming a film refreshes a page that was a 404. */
  filmSlug: (slug: string) => `film-slug:${slug}`,
  /** The films shown as related to a film: refreshed when the film's credits or genres change, not on every review. */
  relatedFilms: (filmId: number) => `related:${filmId}`,
  /**
   * A film's title, year and poster where a page lists it among others (a member's profile and ratings): refreshed
   * when the film is edited, not on every review of it as `film` is.
   */
  filmDetails: (id: number) => `film-details:${id}`,
  /**
   * The titles films go by in each language, where a page lists films in Czech or Korean: one tag for them all, as a
   * chart lists more films than a cache entry holds tags (128); curation alone changes them.
   */
  filmTitles: "film-titles",
  person: (id: number) => `person:${id}`,
  personSlug: (slug: string) => `person-slug:${slug}`,
  user: (id: number) => `user:${id}`,
  /** A member's diary and year in review pages: refreshed by their diary's writes, not by every rating they give. */
  diary: (userId: number) => `diary:${userId}`,
  /** Tags a lookup by (lower-cased) username, so that a new account refreshes a page that was a 404. */
  username: (username: string) => `username:${username}`,
  /** The public lists that hold a film: "In 3 lists" on its page, and the page of those lists. */
  filmLists: (filmId: number) => `film-lists:${filmId}`,
  review: (id: number) => `review:${id}`,
  /** Whom a member follows and who follows them (counts and lists): a follow refreshes both members' pages alone. */
  follows: (userId: number) => `follows:${userId}`,
  home: "home",
  /** Charts, rankings and lists ordered by rating: curation refreshes them at once, reviews on RATINGS_CACHE_LIFE. */
  charts: "charts",
} as const;

/**
 * How cached charts and lists ordered by rating follow the ratings: rebuilt in the background at most every five
 * minutes, not on every review. A review moves them by a hair, and re-ranking the catalogue on each one made every
 * write flush every chart, search and browse page at once.
 */
export const RATINGS_CACHE_LIFE = { stale: 300, revalidate: 300, expire: 86_400 };

/** Sitemaps follow new films, people, reviews and members on the same rhythm: a crawler needs no fresher list. */
export const SITEMAP_CACHE_LIFE = RATINGS_CACHE_LIFE;
