// Request bodies are refused by their declared size in production-server/, with a 413, before Next or any action reads them;
// what the client still sends is read and dropped, never kept (a client that is cut off mid-send cannot read the
// answer). To refuse a body before it is received at all, give the reverse proxy in front the same limit (README,
// Configuration). Pages receive server actions, posted by script or by a plain form without JavaScript, the largest
// being a poster or a photo (8 MB, lib/image-files.ts) in its form; the API and Auth.js's endpoints receive small forms at most.
export const MAX_PAGE_BODY_BYTES = 9 * 1024 * 1024;
export const MAX_API_BODY_BYTES = 64 * 1024;

export function bodyLimitFor(pathname: string) {
  return pathname.startsWith("/api/") ? MAX_API_BODY_BYTES : MAX_PAGE_BODY_BYTES;
}

/**
 * Whether a request declares a body larger than its path accepts. A body sent without a length (chunked) is
 * counted as it arrives instead (production-server/body-counter.ts).
 */
export function isDeclaredOversized(pathname: string, contentLength: string | null) {
  if (contentLength === null || !/^\d+$/.test(contentLength)) return false;
  return Number(contentLength) > bodyLimitFor(pathname);
}

export function tooLarge(pathname: string) {
  const bytes = bodyLimitFor(pathname);
  const megabytes = Math.round(bytes / 1024 / 1024);
  const limit = megabytes >= 1 ? `${megabytes} MB` : `${bytes / 1024} kB`;
  return new Response(`This request is larger than Marquee accepts here (at most ${limit}).\n`, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
