// Page renders under way in this process, each with the time it began, so that an invalidation can wait for those
// it overtook: page-cache.mjs registers them, shared-tags.ts waits. Next lets a request for a page join a render of
// that page already under way; without this wait, the member who just posted could navigate into a render that
// began before the post, and be shown the page without it. Plain JavaScript, like page-cache.mjs, which Next loads
// without tsx; kept on globalThis, because tsx loads shared-tags.ts's copy of this module apart from Node's.

/** The longest a write waits for renders in flight; also how long a render that stored nothing (it failed) counts. */
export const RENDER_WAIT_MS = 2_000;

const REGISTRY = Symbol.for("marquee.rendersInFlight");
/** @type {Set<{ startedAt: number, ended: Promise<void> }>} */
const renders = (globalThis[REGISTRY] ??= new Set());

/**
 * Registers a render that began at `startedAt`; returns the function to call when it has ended.
 * @param {number} startedAt
 * @returns {() => void}
 */
export function beginRender(startedAt) {
  let end = () => {};
  const ended = new Promise((resolve) => (end = resolve));
  const render = { startedAt, ended };
  renders.add(render);
  const timer = setTimeout(finish, Math.max(0, startedAt + RENDER_WAIT_MS - Date.now())).unref();
  function finish() {
    clearTimeout(timer);
    renders.delete(render);
    end();
  }
  return finish;
}

/**
 * Resolves once every render that began at or before `time` has ended (at most RENDER_WAIT_MS after it began).
 * @param {number} time
 */
export async function rendersBegunBy(time) {
  await Promise.all([...renders].filter((render) => render.startedAt <= time).map((render) => render.ended));
}
