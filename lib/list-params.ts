// Page and sort of a list page, from its query string or its path, and the path of each of its views.
import { z } from "zod";

export const MAX_PAGE = 10_000;

/**
 * Anything malformed falls back to the defaults rather than failing, since these come from links people edit and
 * share.
 */
export function parseListParams<const Sort extends string>(
  searchParams: Record<string, string | string[] | undefined>,
  sorts: readonly [Sort, ...Sort[]],
) {
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).parse(searchParams.page);
  const sort = z.enum(sorts).catch(sorts[0]).parse(searchParams.sort);
  return { page, sort };
}

/**
 * The view a list's path segments name, for a list that answers a made-up view with a 404 rather than with the
 * default under another address: no segments name the default view; an order the list does not have, or a page that
 * is not written as a page number, names none.
 */
export function parseListSegments<const Sort extends string>(
  segments: { sort?: string; page?: string },
  sorts: readonly [Sort, ...Sort[]],
) {
  if (segments.sort === undefined && segments.page === undefined) return { sort: sorts[0], page: 1 };
  const sort = sorts.find((option) => option === segments.sort);
  const page = /^[1-9][0-9]{0,4}$/.test(segments.page ?? "") ? Number(segments.page) : undefined;
  return sort && page && page <= MAX_PAGE ? { sort, page } : undefined;
}

/**
 * The path of one view of a list whose order and page are in its path, so that each view is a cached page of its
 * own (next.config.ts says why): the first page in the default order is the list's own address, `base`; any other is
 * {viewsBase}/{sort}/{page}, `viewsBase` being `base` unless the list keeps its views under a path of their own.
 */
export function listViewPath<const Sort extends string>(
  base: string,
  sorts: readonly [Sort, ...Sort[]],
  sort: Sort,
  page: number,
  viewsBase = base,
) {
  return sort === sorts[0] && page === 1 ? base : `${viewsBase}/${sort}/${page}`;
}

export function pageCount(total: number, pageSize: number) {
  return Math.max(1, Math.ceil(total / pageSize));
}
