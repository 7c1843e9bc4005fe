// Every request but static files passes here first. It gets its id (lib/request-id.ts), passed on to the app as a
// request header and back to the client as X-Request-Id. A body declared larger than the path accepts is refused
// before it is read (lib/body-limits.ts). While the database is down (db/outage.ts), it is answered
// "temporarily unavailable" (503) here, except the health check, which reports the outage itself. Admin pages exist
// only for admins: anyone else gets the site's 404, with a 404 status, before anything renders; pages and actions
// check again themselves (findSignedInAdmin), this is what makes the status a real 404.
import { NextResponse } from "next/server";
import { accountOfSession, auth } from "@/auth";
import { isDatabaseDown } from "@/db/outage";
import { isDeclaredOversized, tooLarge } from "@/lib/body-limits";
import { getLogger } from "@/lib/logger";
import { temporarilyUnavailable } from "@/lib/unavailable";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/request-id";

function isAdminPath(pathname: string) {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

export default auth(async (request) => {
  const { pathname } = request.nextUrl;
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // An access log line, for operators who ask for one (LOG_LEVEL=debug): the path without its query string.
  getLogger().debug({ requestId, method: request.method, path: pathname }, "request");
  const refusal = isDeclaredOversized(pathname, request.headers.get("content-length"))
    ? tooLarge(pathname)
    : pathname !== "/api/health" && (await isDatabaseDown())
      ? temporarilyUnavailable(pathname)
      : undefined;
  if (refusal) {
    refusal.headers.set(REQUEST_ID_HEADER, requestId);
    return refusal;
  }
  const isRefused = isAdminPath(pathname) && (await accountOfSession(request.auth))?.role !== "admin";
  const response = isRefused
    ? NextResponse.rewrite(new URL("/not-found", request.url), { status: 404, request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
});

// Built files and posters are served as they are: no session, nothing to log.
export const config = { matcher: ["/((?!_next/static|_next/image|posters/|favicon.ico).*)"] };
