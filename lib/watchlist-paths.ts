// The address of each view of a member's watchlist, as lib/user-rating-paths.ts does for their ratings: a made-up
// order or page is a 404 rather than the default view under another address.
import { WATCHLIST_SORTS, type WatchlistSort } from "./browse-sorts";
import { listViewPath, parseListSegments } from "./list-params";

/** The latest additions' first page is /users/{username}/watchlist; any other view is …/watchlist/{sort}/{page}. */
export function watchlistPath(username: string, sort: WatchlistSort = WATCHLIST_SORTS[0], page = 1) {
  return listViewPath(`/users/${username}/watchlist`, WATCHLIST_SORTS, sort, page);
}

/** The view its path segments name, or undefined for one the list does not have. */
export function watchlistView(segments: { sort?: string; page?: string }) {
  return parseListSegments(segments, WATCHLIST_SORTS);
}
