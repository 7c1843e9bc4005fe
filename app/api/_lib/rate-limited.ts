// Per-address limits for route handlers (the public API, the search box's suggestions): each request counts against
// its client address's window, and every answer says how much of the limit is left; past it, a 429 problem instead.
import { clientAddress } from "@/auth";
import { createRateLimiter, type RateLimiter, type RateLimiterOptions } from "@/lib/api/rate-limit";
import { rateLimitHeaders, tooManyRequests } from "@/lib/api/responses";

// On globalThis so that every route bundle, and a hot reload in development, shares one count per limiter and process.
const globalForLimiters = globalThis as unknown as { marqueeRateLimiters?: Map<string, RateLimiter> };

/** The limiter called `name`, made with `options()` on first use. */
export function sharedRateLimiter(name: string, options: () => RateLimiterOptions): RateLimiter {
  const limiters = (globalForLimiters.marqueeRateLimiters ??= new Map());
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = createRateLimiter(options());
    limiters.set(name, limiter);
  }
  return limiter;
}

/** What `answer` responds if the request's address is within `limiter`'s limit, else a 429 (and `answer` never runs). */
export async function answerWithinLimit(limiter: RateLimiter, request: Request, answer: () => Promise<Response>) {
  const verdict = limiter.hit(clientAddress(request.headers));
  const response = verdict.isAllowed ? await answer() : tooManyRequests(verdict);
  for (const [name, value] of Object.entries(rateLimitHeaders(verdict))) response.headers.set(name, value);
  return response;
}
