// Which stored page Next serves a request as it is: the page cache (page-cache.mjs) notes it as it hands the page
// over, and the production server (production-server/page-memory.ts), which follows each request, then knows that
// the answer is that page, with the tags and lifetime that decide how long it stays fresh. Plain JavaScript, like
// page-cache.mjs; kept on globalThis, because Next loads the page cache apart from the server's own modules.
import { AsyncLocalStorage } from "node:async_hooks";

const SLOT = Symbol.for("marquee.servedPage");
/** @type {AsyncLocalStorage<{ freshness?: object }>} */
const followed = (globalThis[SLOT] ??= new AsyncLocalStorage());

/** Runs `handle`; a stored page served as it is during it is noted in `record`. */
export function followServedPage(record, handle) {
  return followed.run(record, handle);
}

/** Notes, for the request being followed if any, that it is answered with a stored page of this freshness. */
export function noteServedPage(freshness) {
  const record = followed.getStore();
  if (record) record.freshness = freshness;
}
