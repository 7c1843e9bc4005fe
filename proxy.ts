// Admin pages exist only for admins: anyone else gets the site's 404, with a 404 status, before anything renders;
// pages and actions check again themselves (findSignedInAdmin), this is what makes the status a real 404. What every
// request needs (its id, the body limit, the outage answer) is done in production-server/: Next's proxy machinery, run for
// every path, costs a third of a cached page's throughput.
import type { NextAuthRequest } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { accountOfSession, auth } from "@/auth";

/** The site's 404 page with a 404 status, before anything of the admin page renders. */
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });
}

// The event parameter picks Auth.js's proxy signature over its route handler one. (Auth.js's wrapper sets its CSRF
// and callback cookies on every answer it wraps: one more reason to run it on admin paths only.)
const admitAdmins = auth(async (request: NextAuthRequest, _event: NextFetchEvent) =>
  (await accountOfSession(request.auth))?.role === "admin" ? NextResponse.next() : notFound(request),
);

/** Should Auth.js ever answer nothing, the page stays closed. */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  return (await admitAdmins(request, event)) ?? notFound(request);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
