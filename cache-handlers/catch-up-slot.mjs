// How the page cache (page-cache.mjs) asks the 'use cache' handler (shared-tags.ts) to catch up with the
// invalidations other app servers have recorded, before a page is rendered for the cache. Plain JavaScript, like
// page-cache.mjs; kept on globalThis, because Next loads each handler apart from the server's own modules.

const SLOT = Symbol.for("marquee.catchUpWithInvalidations");

/** Resolves once every invalidation recorded before the call is applied here; at once when nothing is shared. */
export async function catchUpWithInvalidations() {
  await globalThis[SLOT]?.();
}

export function provideCatchUp(catchUp) {
  globalThis[SLOT] = catchUp;
}
