// Rate limits count hits in fixed windows (lib/rate-limits.ts): hits on either side of a window's end are counted in
// two windows, and the one past the limit is let through. A test that fills a window begins it far from its end.
import type { RateLimit } from "@/lib/rate-limits";

/** More than any test takes to reach a limit, under CI's load too. */
const SECONDS_NEEDED = 10;

/** Waits, when less than SECONDS_NEEDED of `limit`'s current window is left, for its next window. */
export async function awayFromWindowEnd({ windowSeconds }: RateLimit) {
  const windowMs = windowSeconds * 1000;
  const leftMs = windowMs - (Date.now() % windowMs);
  // A little past the next window's start: the database's clock, which keys the windows, may be a few ms behind.
  if (leftMs < SECONDS_NEEDED * 1000) await new Promise((resolve) => setTimeout(resolve, leftMs + 100));
}
