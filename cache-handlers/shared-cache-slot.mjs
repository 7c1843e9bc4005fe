// Where the caches find the tier they share with the other app servers (shared-cache.ts), when the production server
// set one up: the page cache (page-cache.mjs) and the 'use cache' handler (shared-entries.ts). Plain JavaScript, like
// page-cache.mjs; kept on globalThis, because Next loads each handler apart from the server's own modules.

const SLOT = Symbol.for("marquee.sharedCache");

/** The shared tier, or undefined when there is none (no REDIS_URL, `next build`, `next dev`). */
export function sharedCache() {
  return globalThis[SLOT];
}

export function provideSharedCache(cache) {
  globalThis[SLOT] = cache;
}
