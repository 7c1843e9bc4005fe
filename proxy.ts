// Admin pages exist only for admins: anyone else gets the site's 404, with a 404 status, before anything renders.
// Pages and actions check again themselves (findSignedInAdmin); this is what makes the status a real 404.
import { NextResponse } from "next/server";
import { accountOfSession, auth } from "@/auth";

export default auth(async (request) => {
  const account = await accountOfSession(request.auth);
  if (account?.role === "admin") return NextResponse.next();
  return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });
});

export const config = { matcher: ["/admin", "/admin/:path*"] };
