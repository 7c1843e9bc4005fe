// Pages whose view is their query string (search, Discover), rendered under a path of their own,
// /{locale}/{page}/for/{query}, to which proxy.ts rewrites them: a page that reads its query string is rendered on
// every request, while one with its query in its path is cached like any other page and invalidated with what it
// shows. The query travels as base64url, which no router, proxy or file name reads as a separator or an escape.
// Server-side only (Buffer).

export type QueryPage = "search" | "discover";

/**
 * The longest segment of a query's path. Next stores a page as a file named after its path's last segment, and a file
 * name is at most 255 bytes: a search in Hangul passes that at about 20 letters (each is 9 bytes in a query string).
 */
export const MAX_SEGMENT_LENGTH = 200;

/** `?` and the query, in segments: never an empty one, even for a page without a query. */
function encode(query: URLSearchParams) {
  const encoded = Buffer.from(`?${query}`).toString("base64url");
  const segments: string[] = [];
  for (let start = 0; start < encoded.length; start += MAX_SEGMENT_LENGTH) {
    segments.push(encoded.slice(start, start + MAX_SEGMENT_LENGTH));
  }
  return segments;
}

/** Where `page`'s view for `query`, as the page's own links write it, is rendered in `locale`. */
export function queryPagePath(locale: string, page: QueryPage, query: URLSearchParams) {
  return `/${locale}/${page}/for/${encode(query).join("/")}`;
}

/**
 * The query path segments carry, given how the page writes its own (`canonical`); undefined for segments
 * queryPagePath would not have written, so that each view has one path and a made-up one is a 404.
 */
export function queryOfSegments(segments: string[], canonical: (query: URLSearchParams) => URLSearchParams) {
  const decoded = Buffer.from(segments.join(""), "base64url").toString();
  if (!decoded.startsWith("?")) return undefined;
  const query = new URLSearchParams(decoded.slice(1));
  return encode(canonical(query)).join("/") === segments.join("/") ? query : undefined;
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
