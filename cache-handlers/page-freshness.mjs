// Whether a stored page is served as it is, or rendered again: the one rule for the page cache (page-cache.mjs) and
// for the pages the production server answers from memory (production-server/page-memory.ts). Plain JavaScript,
// like page-cache.mjs. Next's tags manifest is the process's one record of the invalidations this server has heard.
import { areTagsExpired, areTagsStale } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

/** The header in which Next keeps a response's cache tags (NEXT_CACHE_TAGS_HEADER). */
const TAGS_HEADER = "x-next-cache-tags";

export function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/** What the rule reads of a stored entry: its tags, when it was made, and its lifetime. */
export function freshnessOf(entry) {
  return { tags: tagsOf(entry.value), lastModified: entry.lastModified, cacheControl: entry.cacheControl };
}

/**
 * Whether Next renders the page it found stored, as its IncrementalCache decides: past its revalidation or expiry
 * time, or with a tag marked stale since. Without a lifetime (a build's entry the manifest names none for), only
 * the tags and the time of its render count.
 */
export function isRenderedAgain({ tags, lastModified, cacheControl }) {
  if (lastModified === undefined || lastModified < 0) return true;
  if (areTagsExpired(tags, lastModified) || areTagsStale(tags, lastModified)) return true;
  const age = Date.now() - lastModified;
  const isPast = (seconds) => typeof seconds === "number" && age > seconds * 1000;
  return isPast(cacheControl?.revalidate) || isPast(cacheControl?.expire);
}
