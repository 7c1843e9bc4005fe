// The home page (`/`) sends a visitor to their language's home page (i18n/home-locale.ts). A search and Discover are
// rendered under a path of their own, where each view is a cached page (lib/query-pages.ts). Admin pages exist only
// for admins: anyone else gets the site's 404, with a 404 status, before anything renders;
// pages and actions check again themselves (findSignedInAdmin), this is what makes the status a real 404. What every
// request needs (its id, the body limit, the outage answer) is done in production-server/: Next's proxy machinery, run for
// every path, costs a third of a cached page's throughput.
import type { NextAuthRequest } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { accountOfSession, auth } from "@/auth";
import { homeLocaleFor } from "@/i18n/home-locale";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localisedPath } from "@/i18n/locales";
import { discoverQuery } from "@/lib/discover-params";
import { queryPagePath, type QueryPage } from "@/lib/query-pages";
import { readSearchQuery } from "@/lib/search-query";

/** The site's 404 page with a 404 status, before anything of the admin page renders. */
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });
}

// The event parameter picks Auth.js's proxy signature over its route handler one. (Auth.js's wrapper sets its CSRF
// and callback cookies on every answer it wraps: one more reason to run it on admin paths only.)
const admitAdmins = auth(async (request: NextAuthRequest, _event: NextFetchEvent) =>
  (await accountOfSession(request.auth))?.role === "admin" ? NextResponse.next() : notFound(request),
);

/**
 * English stays at `/`, one cached page for everyone; a visitor whose choice or browser says another language is
 * redirected, with an answer no shared cache keeps. (Next replaces the Vary of the English page with its own, so the
 * server's memory of pages leaves `/` to this: production-server/page-memory.ts.)
 */
function homeInVisitorsLanguage(request: NextRequest) {
  const locale = homeLocaleFor(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  if (locale === DEFAULT_LOCALE) return NextResponse.next({ headers: { Vary: "Accept-Language, Cookie" } });
  const redirect = NextResponse.redirect(new URL(localisedPath(locale, "/"), request.url), 307);
  redirect.headers.set("Cache-Control", "private, no-store");
  redirect.headers.set("Vary", "Accept-Language, Cookie");
  return redirect;
}

/** /search, /discover, or either under a locale, with the locale it names. */
const QUERY_PAGE = /^(?:\/([a-z]{2}))?\/(search|discover)$/;

/**
 * The cached page of a search or a Discover view; a search with a problem (empty, too long, punctuation only) is left
 * to /search, which says so, and keeps its junk out of the cache.
 */
function fromCachedPage(request: NextRequest, locale: string, page: QueryPage) {
  const query = request.nextUrl.searchParams;
  const rewrite = (read: URLSearchParams) =>
    NextResponse.rewrite(new URL(queryPagePath(locale, page, read), request.url));
  if (page === "discover") return rewrite(discoverQuery(query));
  const { search, canonical } = readSearchQuery(query);
  return search.problem ? NextResponse.next() : rewrite(canonical);
}

/** Should Auth.js ever answer nothing, the page stays closed. */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") return homeInVisitorsLanguage(request);
  const queryPage = QUERY_PAGE.exec(pathname);
  if (queryPage) {
    const locale = queryPage[1] ?? DEFAULT_LOCALE;
    return isLocale(locale) ? fromCachedPage(request, locale, queryPage[2] as QueryPage) : NextResponse.next();
  }
  return (await admitAdmins(request, event)) ?? notFound(request);
}

// Search, Discover and admin pages in every language: any two-letter prefix, since Next reads the matcher as written, not
// i18n/locales.ts.
export const config = {
  matcher: [
    "/",
    "/search",
    "/discover",
    "/:locale([a-z]{2})/search",
    "/:locale([a-z]{2})/discover",
    "/admin",
    "/admin/:path*",
    "/:locale([a-z]{2})/admin",
    "/:locale([a-z]{2})/admin/:path*",
  ],
};
