// Per-address limits for route handlers (the public API, the search box's suggestions): each request counts against
// its client address's window, and every answer says how much of the limit is left; past it, a 429 problem instead.
import { clientAddress } from "@/auth";
import { hitInPrimary, isClusterWorker, type SharedLimiterOptions } from "@/lib/api/cluster-rate-limits";
import { sharedCache } from "@/cache-handlers/shared-cache-slot.mjs";
import { createRateLimiter, verdictFor, type RateLimiter, type RateLimitVerdict } from "@/lib/api/rate-limit";
import { rateLimitHeaders, tooManyRequests } from "@/lib/api/responses";

export interface SharedRateLimiter {
  hit(key: string): RateLimitVerdict | Promise<RateLimitVerdict>;
}

// On globalThis so that every route bundle, and a hot reload in development, shares one count per limiter and process.
const globalForLimiters = globalThis as unknown as { marqueeRateLimiters?: Map<string, SharedRateLimiter> };

/**
 * The limiter called `name`, made with `options()` on first use: counted in Redis for every app server when they
 * share one (REDIS_URL), else in this process, or, in a worker of several, by the primary for all of them
 * (lib/api/cluster-rate-limits.ts). While Redis cannot count, this server counts on its own.
 */
export function sharedRateLimiter(name: string, options: () => SharedLimiterOptions): SharedRateLimiter {
  const limiters = (globalForLimiters.marqueeRateLimiters ??= new Map());
  let limiter = limiters.get(name);
  if (!limiter) {
    const settings = options();
    const here: RateLimiter = createRateLimiter(settings);
    const onThisServer = isClusterWorker() ? (key: string) => hitInPrimary(name, settings, key, here) : here.hit;
    limiter = {
      async hit(key: string) {
        const counted = await sharedCache()?.countHit(`rate:${name}:${key}`, settings.windowMs);
        return counted ? verdictFor(counted.count, settings.limit, counted.windowEndsInMs) : onThisServer(key);
      },
    };
    limiters.set(name, limiter);
  }
  return limiter;
}

/** What `answer` responds if the request's address is within `limiter`'s limit, else a 429 (and `answer` never runs). */
export async function answerWithinLimit(limiter: SharedRateLimiter, request: Request, answer: () => Promise<Response>) {
  const verdict = await limiter.hit(clientAddress(request.headers));
  const response = verdict.isAllowed ? await answer() : tooManyRequests(verdict);
  for (const [name, value] of Object.entries(rateLimitHeaders(verdict))) response.headers.set(name, value);
  return response;
}
