import { refresh, updateTag } from "next/cache";

/**
 * After a write in a server action: the cached data of these tags is stale from now on, for every later request and
 * for this action's own answer; and the browser's router forgets the pages it prefetched, which would otherwise show
 * the old data on the next navigation (pages are static, so it keeps them for minutes).
 */
export function updateTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) updateTag(tag);
  refresh();
}
