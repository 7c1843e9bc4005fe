// The page cache (`cacheHandler` in next.config.ts): Next's own (memory, then files), which stamps a page when it
// stores it, not when its render began. A page whose render began before an invalidation of what it shows and ended
// after it would be kept as fresh with the data from before; this one does not keep it, and tells
// renders-in-flight.mjs which renders are under way. Next makes an instance per request, so what one remembers
// belongs to that request's lookups and the render that follows them. Plain JavaScript: Next also bundles this file
// into the proxy, where tsx cannot load TypeScript.
import { createRequire } from "node:module";
import { areTagsExpired, areTagsStale } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { beginRender } from "./renders-in-flight.mjs";

// Required, not imported: Node's ESM loader would give the CommonJS module's whole exports as its default.
const { default: FileSystemCache } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/file-system-cache.js",
);

/** Kinds of entry that are whole responses (pages, route handlers) rather than fetches or images. */
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);
/** The header in which Next keeps a response's cache tags (NEXT_CACHE_TAGS_HEADER). */
const TAGS_HEADER = "x-next-cache-tags";

export default class PageCache extends FileSystemCache {
  /** Per key, when this request looked it up: a render that followed began after that. */
  #lookedUpAt = new Map();
  #endRender = new Map();
  /**
   * Whether this request renders a page it finds missing. A server action, or a navigation that asks for the page's
   * dynamic parts, looks the page up only to resume from it: finding none, it renders nothing for the cache, and a
   * write would wait for it in vain. (Finding it stale, it revalidates it in the background, which does count.)
   */
  #rendersWhatItMisses;

  constructor(context) {
    super(context);
    const headers = context._requestHeaders ?? {};
    const isDynamicNavigation = headers.rsc === "1" && headers["next-router-prefetch"] !== "1";
    this.#rendersWhatItMisses = headers["next-action"] === undefined && !isDynamicNavigation;
  }

  async get(...lookup) {
    const [key, context] = lookup;
    if (!RESPONSE_KINDS.has(context.kind)) return super.get(...lookup);
    const lookedUpAt = Date.now();
    const entry = await super.get(...lookup);
    this.#lookedUpAt.set(key, lookedUpAt);
    if (entry ? isRenderedAgain(entry) : this.#rendersWhatItMisses) {
      this.#endRender.set(key, beginRender(lookedUpAt));
    }
    return entry;
  }

  async set(...store) {
    const [key, value] = store;
    const lookedUpAt = this.#lookedUpAt.get(key);
    try {
      if (lookedUpAt !== undefined && areTagsExpired(tagsOf(value), lookedUpAt)) return;
      await super.set(...store);
    } finally {
      this.#endRender.get(key)?.();
      this.#endRender.delete(key);
    }
  }
}

function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/**
 * Whether Next renders the page it found stored, as its IncrementalCache decides: past its revalidation or expiry
 * time, or with a tag marked stale since. An entry read from the build's files carries no lifetime (Next takes it from the prerender manifest) and counts as fresh here: at worst, a write then
 * does not wait for its render.
 */
function isRenderedAgain(entry) {
  if (entry.lastModified === undefined || entry.lastModified < 0) return true;
  const { lastModified, cacheControl } = entry;
  const tags = tagsOf(entry.value);
  if (areTagsExpired(tags, lastModified) || areTagsStale(tags, lastModified)) return true;
  const age = Date.now() - lastModified;
  const isPast = (seconds) => typeof seconds === "number" && age > seconds * 1000;
  return isPast(cacheControl?.revalidate) || isPast(cacheControl?.expire);
}
