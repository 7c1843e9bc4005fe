// The answer while the database is down (db/outage.ts): 503 with Retry-After, a page for people and the API's
// "unavailable" problem for programs. Written out here, without React: nothing that needs the database may run.
import { problemResponse } from "./api/responses";

const RETRY_AFTER_SECONDS = 15;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · Marquee</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
</head>
<body>
<main>
<h1>Marquee is temporarily unavailable</h1>
<p>The film database cannot be reached just now. Reviews you saw saved are kept.</p>
<p>This page tries again by itself in ${RETRY_AFTER_SECONDS} seconds.</p>
</main>
</body>
</html>
`;

export function temporarilyUnavailable(pathname: string): Response {
  const retryAfter = { "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (pathname.startsWith("/api/")) {
    return problemResponse(
      "unavailable",
      `The database cannot be reached just now; try again in ${RETRY_AFTER_SECONDS} seconds.`,
      { headers: retryAfter },
    );
  }
  return new Response(PAGE, {
    status: 503,
    headers: { ...retryAfter, "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" },
  });
}
