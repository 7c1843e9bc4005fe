// Requests per client address for the public API, counted in this process's memory: a database write per read
// would cost more than the read it guards. Without Redis each app server therefore counts on its own, so behind a
// load balancer with N servers a client can make up to N times the limit; with it (REDIS_URL) the servers count
// together there (app/api/_lib/rate-limited.ts). Fixed windows, like lib/rate-limits.ts: a burst at a
// window's edge can reach twice the limit, which a per-minute limit for reads allows for.
import { z } from "zod";

export const DEFAULT_API_REQUESTS_PER_MINUTE = 120;

/** A bad value falls back to the default rather than stopping the server or turning the limit off. */
export function apiRequestsPerMinute(value: string | undefined) {
  return z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .catch(DEFAULT_API_REQUESTS_PER_MINUTE)
    .parse(value ?? DEFAULT_API_REQUESTS_PER_MINUTE);
}

export interface RateLimitVerdict {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends and the count starts again (at least 1). */
  resetSeconds: number;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  /** Milliseconds since the epoch; injected so tests need no timers. */
  now?: () => number;
  /** How many addresses to remember at most: spoofed or rotating addresses must not exhaust memory. */
  maxKeys?: number;
}

interface Window {
  startedAt: number;
  count: number;
}

/** The verdict on a window's `count`th request, the window ending in `windowEndsInMs`. */
export function verdictFor(count: number, limit: number, windowEndsInMs: number): RateLimitVerdict {
  return {
    isAllowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.max(1, Math.ceil(windowEndsInMs / 1000)),
  };
}

export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 100_000 }: RateLimiterOptions) {
  const windows = new Map<string, Window>();
  let nextSweepAt = 0;

  /** Forgets windows that have ended, at most once a window, so memory holds only recent clients. */
  function sweep(time: number) {
    if (time < nextSweepAt) return;
    for (const [key, window] of windows) if (time - window.startedAt >= windowMs) windows.delete(key);
    nextSweepAt = time + windowMs;
  }

  return {
    /** Counts one request from `key` and says whether it is within the limit. */
    hit(key: string): RateLimitVerdict {
      const time = now();
      sweep(time);
      let window = windows.get(key);
      if (!window || time - window.startedAt >= windowMs) {
        // Maps iterate in insertion order: the first key is the longest remembered.
        if (!window && windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
        window = { startedAt: time, count: 0 };
        // Deleted first so that a renewed window moves to the end of the insertion order.
        windows.delete(key);
        windows.set(key, window);
      }
      window.count += 1;
      return verdictFor(window.count, limit, window.startedAt + windowMs - time);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
