// Where the page cache (page-cache.mjs) finds the tier of pages shared between app servers (shared-pages.ts), when
// the production server set one up. Plain JavaScript, like page-cache.mjs; kept on globalThis, because Next loads
// the page cache apart from the server's own modules (and bundles a copy of it into the proxy).

const SLOT = Symbol.for("marquee.sharedPages");

/** The shared tier, or undefined when there is none (no REDIS_URL, `next build`, `next dev`). */
export function sharedPages() {
  return globalThis[SLOT];
}

export function provideSharedPages(tier) {
  globalThis[SLOT] = tier;
}
