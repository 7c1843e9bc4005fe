// The orders of browse pages (genre, year, country), the first being the default: in the pages' paths, so read by
// next.config.ts too.
export const BROWSE_SORTS = ["popular", "rating", "newest", "oldest", "title"] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];
