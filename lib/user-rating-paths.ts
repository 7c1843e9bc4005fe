// The address of each view of a member's ratings, as lib/film-review-paths.ts does for a film's reviews; here a
// made-up order or page is a 404 rather than the default view under another address.
import { USER_RATING_SORTS, type UserRatingSort } from "./browse-sorts";
import { listViewPath, parseListSegments } from "./list-params";

/** The newest ratings' first page is /users/{username}/ratings; any other view is …/ratings/{sort}/{page}. */
export function userRatingsPath(username: string, sort: UserRatingSort = USER_RATING_SORTS[0], page = 1) {
  return listViewPath(`/users/${username}/ratings`, USER_RATING_SORTS, sort, page);
}

/** The view its path segments name, or undefined for one the list does not have. */
export function userRatingsView(segments: { sort?: string; page?: string }) {
  return parseListSegments(segments, USER_RATING_SORTS);
}
