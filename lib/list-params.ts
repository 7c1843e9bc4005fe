// Page and sort from a list page's query string. Anything malformed falls back to the defaults rather than
// failing, since these come from links people edit and share.
import { z } from "zod";

export const MAX_PAGE = 10_000;

export function parseListParams<const Sort extends string>(
  searchParams: Record<string, string | string[] | undefined>,
  sorts: readonly [Sort, ...Sort[]],
) {
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).parse(searchParams.page);
  const sort = z.enum(sorts).catch(sorts[0]).parse(searchParams.sort);
  return { page, sort };
}

export function pageCount(total: number, pageSize: number) {
  return Math.max(1, Math.ceil(total / pageSize));
}
