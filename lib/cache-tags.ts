// Names of cache tags: pages tag what they show, writes invalidate what they change.

export const cacheTags = {
  film: (id: number) => `film:${id}`,
  /** Tags a lookup by slug, so that creating or renaming a film refreshes a page that was a 404. */
  filmSlug: (slug: string) => `film-slug:${slug}`,
  /** The films shown as related to a film: refreshed when the film's credits or genres change, not on every review. */
  relatedFilms: (filmId: number) => `related:${filmId}`,
  person: (id: number) => `person:${id}`,
  personSlug: (slug: string) => `person-slug:${slug}`,
  user: (id: number) => `user:${id}`,
  /** Tags a lookup by (lower-cased) username, so that a new account refreshes a page that was a 404. */
  username: (username: string) => `username:${username}`,
  review: (id: number) => `review:${id}`,
  home: "home",
  charts: "charts",
} as const;
