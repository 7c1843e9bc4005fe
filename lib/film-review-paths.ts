// The address of each view of a film's reviews: its order and page are in the path, as a browse page's are
// (lib/browse-paths.ts), so each view is a cached page of its own and its own canonical.
import { FILM_REVIEW_SORTS, type FilmReviewSort } from "./browse-sorts";
import { listViewPath, parseListParams } from "./list-params";

/** The newest reviews' first page is /films/{slug}/reviews; any other view is …/reviews/{sort}/{page}. */
export function filmReviewsPath(slug: string, sort: FilmReviewSort, page: number) {
  return listViewPath(`/films/${slug}/reviews`, FILM_REVIEW_SORTS, sort, page);
}

/** The view its path segments name; a malformed segment shows the default, as list-params.ts says. */
export function filmReviewsView(segments: { sort?: string; page?: string }) {
  return parseListParams(segments, FILM_REVIEW_SORTS);
}
