// Next sends its cached pages, feeds and sitemaps with `s-maxage=3600, stale-while-revalidate=…`: a CDN or caching
// proxy in front would keep each for an hour and more, and never hear of the writes that change it (Marquee's own
// cache is invalidated by tag at once: docs/freshness.md). Such answers go out with `no-cache` instead: any cache may
// keep them, but asks again before each use, and is answered 304 when the page has not changed (Next's ETag).
import type { ServerResponse } from "node:http";

/** Next's own header for what it caches; a value a route sets itself (the API's `public, max-age=60, …`) is kept. */
const NEXT_SHARED_CACHE_LIFETIME = /^s-maxage=\d+/;
export const REVALIDATE_EVERY_TIME = "no-cache";

export function askCachesToRevalidate(response: ServerResponse) {
  const setHeader = response.setHeader;
  response.setHeader = function setHeaderRevalidated(
    this: ServerResponse,
    name: string,
    value: number | string | readonly string[],
  ) {
    const isSharedLifetime = name.toLowerCase() === "cache-control" && NEXT_SHARED_CACHE_LIFETIME.test(String(value));
    return setHeader.call(this, name, isSharedLifetime ? REVALIDATE_EVERY_TIME : value);
  } as ServerResponse["setHeader"];
}
