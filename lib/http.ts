// Plain HTTP answers shared by route handlers.
import type { RateLimit } from "./rate-limits";

/** 429 with the limit's message and when to try again (the longest wait: a whole window). */
export function tooManyRequests(limit: RateLimit) {
  return new Response(limit.message, {
    status: 429,
    headers: { "Retry-After": String(limit.windowSeconds), "Content-Type": "text/plain; charset=utf-8" },
  });
}
