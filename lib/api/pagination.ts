// The one envelope of every list the API returns (see pageOf in schemas.ts).
import { pageCount } from "@/lib/list-params";

export interface PageWindow {
  page: number;
  pageSize: number;
  total: number;
}

/** A page of items with links to itself and its neighbours; a page past the end is empty and links back to the last. */
export function pageEnvelope<Item>(
  items: Item[],
  { page, pageSize, total }: PageWindow,
  urlFor: (page: number) => string,
) {
  const pages = pageCount(total, pageSize);
  return {
    items,
    page,
    pageSize,
    total,
    links: {
      self: urlFor(page),
      prev: page > 1 ? urlFor(Math.min(page - 1, pages)) : null,
      next: page < pages ? urlFor(page + 1) : null,
    },
  };
}
