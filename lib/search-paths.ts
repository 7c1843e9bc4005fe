// A search's results under a path of their own (/{locale}/search/for/{type}/{page}/{text}), to which proxy.ts rewrites
// /search?q=…: a page that reads its query string is rendered on every request, one with its query in its path is
// cached like any other page and invalidated with what it shows. The text travels as base64url, which no router,
// proxy or file name reads as a separator or an escape. Server-side only (Buffer).
import { parseListSegments } from "./list-params";
import { SEARCH_TYPES, searchTextSchema, type SearchRequest } from "./search-query";

export interface SearchSegments {
  type: string;
  page: string;
  text: string;
}

/** Where the results of `request`, a search with no problem, are rendered in `locale`. */
export function searchResultsPath(locale: string, { text, type, page }: SearchRequest) {
  return `/${locale}/search/for/${type}/${page}/${Buffer.from(text).toString("base64url")}`;
}

/**
 * The search the segments name, or undefined when they name none as searchResultsPath writes it (so that each search
 * has one path, and a made-up one is a 404): a type and page of the results page, and a searchable text, normalised.
 */
export function searchOfSegments({ type, page, text: encoded }: SearchSegments): SearchRequest | undefined {
  const view = parseListSegments({ sort: type, page }, SEARCH_TYPES);
  const text = Buffer.from(encoded, "base64url").toString();
  if (!view || Buffer.from(text).toString("base64url") !== encoded) return undefined;
  const parsed = searchTextSchema.safeParse(text);
  return parsed.success && parsed.data === text ? { text, type: view.sort, page: view.page } : undefined;
}
