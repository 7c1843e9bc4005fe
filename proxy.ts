// Every request but static files passes here first. It gets its id (lib/request-id.ts), passed on to the app as a
// request header and back to the client as X-Request-Id. A body declared larger than the path accepts is refused
// before it is read (lib/body-limits.ts). While the database is down (db/outage.ts), it is answered
// "temporarily unavailable" (503) here, except the health check, which reports the outage itself. Admin pages exist
// only for admins: anyone else gets the site's 404, with a 404 status, before anything renders; pages and actions
// check again themselves (findSignedInAdmin), this is what makes the status a real 404.
import type { NextAuthRequest } from "next-auth";
import { NextRequest, NextResponse, type NextFetchEvent } from "next/server";
import { accountOfSession, auth } from "@/auth";
import { isDatabaseDown } from "@/db/outage";
import { isDeclaredOversized, tooLarge } from "@/lib/body-limits";
import { getLogger } from "@/lib/logger";
import { temporarilyUnavailable } from "@/lib/unavailable";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/request-id";

function isAdminPath(pathname: string) {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/** The site's 404 page with a 404 status, before anything of the admin page renders. */
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404, request: { headers: request.headers } });
}

// The session is read for admin pages only: Auth.js's wrapper sets its CSRF and callback cookies on every answer it
// wraps, which would put a Set-Cookie on every cached page (and a second CSRF cookie on Auth.js's own answers).
// The event parameter picks Auth.js's proxy signature over its route handler one.
const admitAdmins = auth(async (request: NextAuthRequest, _event: NextFetchEvent) =>
  (await accountOfSession(request.auth))?.role === "admin" ? NextResponse.next({ request: { headers: request.headers } }) : notFound(request),
);

/** Only admin pages pay for reading the session; should Auth.js ever answer nothing, the page stays closed. */
async function answerAdminPath(request: NextRequest, event: NextFetchEvent) {
  return (await admitAdmins(request, event)) ?? notFound(request);
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  // An access log line, for operators who ask for one (LOG_LEVEL=debug): the path without its query string.
  getLogger().debug({ requestId, method: request.method, path: pathname }, "request");
  const refusal = isDeclaredOversized(pathname, request.headers.get("content-length"))
    ? tooLarge(pathname)
    : pathname !== "/api/health" && (await isDatabaseDown())
      ? temporarilyUnavailable(pathname)
      : undefined;
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = refusal ?? (isAdminPath(pathname) ? await answerAdminPath(new NextRequest(request, { headers }), event) : NextResponse.next({ request: { headers } }));
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

// Built files and posters are served as they are: no session, nothing to log.
export const config = { matcher: ["/((?!_next/static|_next/image|posters/|favicon.ico).*)"] };
