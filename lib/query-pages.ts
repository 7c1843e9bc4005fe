// Pages whose view is their query string (search, Discover), rendered under a path of their own,
// /{locale}/{page}/for/{query}, to which proxy.ts rewrites them: a page that reads its query string is rendered on
// every request, while one with its query in its path is cached like any other page and invalidated with what it
// shows. The query travels as base64url, which no router, proxy or file name reads as a separator or an escape.
// Server-side only (Buffer).

export type QueryPage = "search" | "discover";

/** `?` and the query: never an empty segment, even for a page without one. */
function encode(query: URLSearchParams) {
  return Buffer.from(`?${query}`).toString("base64url");
}

/** Where `page`'s view for `query`, as the page's own links write it, is rendered in `locale`. */
export function queryPagePath(locale: string, page: QueryPage, query: URLSearchParams) {
  return `/${locale}/${page}/for/${encode(query)}`;
}

/**
 * The query a path segment carries, given how the page writes its own (`canonical`); undefined for a segment
 * queryPagePath would not have written, so that each view has one path and a made-up one is a 404.
 */
export function queryOfSegment(segment: string, canonical: (query: URLSearchParams) => URLSearchParams) {
  const decoded = Buffer.from(segment, "base64url").toString();
  if (!decoded.startsWith("?")) return undefined;
  const query = new URLSearchParams(decoded.slice(1));
  return encode(canonical(query)) === segment ? query : undefined;
}

/** A query's parameters as a page's `searchParams` holds them: a repeated one as an array. */
export function paramsOf(query: URLSearchParams) {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}
