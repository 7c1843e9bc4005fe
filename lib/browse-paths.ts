// The address of each view of a browse page (genre, year, country): its order and page are in the path, so that each
// view is a cached page of its own (next.config.ts says why).
import { BROWSE_SORTS, type BrowseSort } from "./browse-sorts";
import { parseListParams } from "./list-params";

/** The first page in the default order is the list's own address; any other is {base}/list/{sort}/{page}. */
export function browseViewPath(basePath: string, sort: BrowseSort, page: number) {
  return sort === BROWSE_SORTS[0] && page === 1 ? basePath : `${basePath}/list/${sort}/${page}`;
}

/**
 * The canonical path of the view its path segments name: its own, since page 2 lists other films than page 1. A
 * malformed segment shows the default (lib/list-params.ts), so its canonical is the address of what it shows.
 */
export function browseCanonicalPath(basePath: string, segments: { sort?: string; page?: string }) {
  const { sort, page } = parseListParams(segments, BROWSE_SORTS);
  return browseViewPath(basePath, sort, page);
}
