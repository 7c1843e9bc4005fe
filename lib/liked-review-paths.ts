// The address of each page of the reviews a member liked, as lib/watchlist-paths.ts does for their watchlist.
import { LIKED_REVIEW_SORTS, type LikedReviewSort } from "./browse-sorts";
import { listViewPath, parseListSegments } from "./list-params";

/** The first page is /users/{username}/likes; any other is …/likes/date/{page}. */
export function likedReviewsPath(username: string, sort: LikedReviewSort = LIKED_REVIEW_SORTS[0], page = 1) {
  return listViewPath(`/users/${username}/likes`, LIKED_REVIEW_SORTS, sort, page);
}

export function likedReviewsView(segments: { sort?: string; page?: string }) {
  return parseListSegments(segments, LIKED_REVIEW_SORTS);
}
