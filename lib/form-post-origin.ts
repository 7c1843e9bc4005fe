// Cross-site request forgery, refused at the door: a POST to a page is a server action (posted by the page's script
// or, without JavaScript, by its plain form), and browsers name the page a post comes from in `Origin` on every
// POST. One naming another site, or none (a forged request, a client that is not a browser), is answered 403 before
// Next parses it (production-server/request-gate.ts). Next's own check accepted a post without Origin, and answered
// a foreign one with a 500. The API (/api/) takes no form posts but Auth.js's, which carry their own CSRF token.

/** Whether a request is a post to a page that its Origin does not show came from this site. */
export function isForeignFormPost(
  method: string | undefined,
  pathname: string,
  headers: { origin?: string; host?: string; "x-forwarded-host"?: string | string[] },
) {
  if (method !== "POST" || pathname.startsWith("/api/")) return false;
  const { origin } = headers;
  if (!origin || !URL.canParse(origin)) return true;
  // The host the browser addressed: as a proxy in front passes it on, else the request's own (as Next reads it).
  const forwardedHost = [headers["x-forwarded-host"]].flat()[0]?.split(",")[0]?.trim();
  return new URL(origin).host !== (forwardedHost || headers.host);
}

export function foreignFormPost(): Response {
  return new Response("This form was posted from another site, or from no site, so it was refused.\n", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
