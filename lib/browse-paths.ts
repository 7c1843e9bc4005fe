// The address of each view of a browse page (genre, year, country): its order and page are in the path, so that each
// view is a cached page of its own (next.config.ts says why).
import { BROWSE_SORTS, type BrowseSort } from "./browse-sorts";
import { listViewPath, parseListParams } from "./list-params";

/** The index of each kind of browse page, as links and breadcrumbs name it. */
export const BROWSE_INDEXES = {
  genres: { name: "Genres", path: "/genres" },
  years: { name: "Years", path: "/years" },
  countries: { name: "Countries", path: "/countries" },
} as const;

/** The first page in the default order is the list's own address; any other is {base}/list/{sort}/{page}. */
export function browseViewPath(basePath: string, sort: BrowseSort, page: number) {
  return listViewPath(basePath, BROWSE_SORTS, sort, page, `${basePath}/list`);
}

/**
 * The canonical path of the view its path segments name: its own, since page 2 lists other films than page 1. A
 * malformed segment shows the default (lib/list-params.ts), so its canonical is the address of what it shows.
 */
export function browseCanonicalPath(basePath: string, segments: { sort?: string; page?: string }) {
  const { sort, page } = parseListParams(segments, BROWSE_SORTS);
  return browseViewPath(basePath, sort, page);
}
