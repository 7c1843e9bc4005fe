// The address of each page of a member's followers and following, as lib/watchlist-paths.ts does for their watchlist:
// one order (latest first), so …/followers/latest/{page}; a made-up order or page is a 404.
import { listViewPath, parseListSegments } from "./list-params";

/** A member's followers, or the members they follow. */
export type FollowDirection = "followers" | "following";

const FOLLOW_LIST_SORTS = ["latest"] as const;

/** The first page is /users/{username}/followers (or /following); any other is …/latest/{page}. */
export function followListPath(username: string, direction: FollowDirection, page = 1) {
  return listViewPath(`/users/${username}/${direction}`, FOLLOW_LIST_SORTS, FOLLOW_LIST_SORTS[0], page);
}

/** The page its path segments name, or undefined for one the list does not have. */
export function followListView(segments: { sort?: string; page?: string }) {
  return parseListSegments(segments, FOLLOW_LIST_SORTS);
}
