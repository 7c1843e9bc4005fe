import { refresh, updateTag } from "next/cache";
import { waitForReplicas } from "@/db/replicas";

/**
 * After a write in a server action: the cached data of these tags is stale from now on, for every later request and
 * for this action's own answer; and the browser's router forgets the pages it prefetched, which would otherwise show
 * the old data on the next navigation (pages are static, so it keeps them for minutes). With read replicas, this
 * first waits until they hold the write, so that the pages rendered next cannot show what it replaced.
 */
export async function updateTags(tags: Iterable<string>) {
  await waitForReplicas();
  for (const tag of new Set(tags)) updateTag(tag);
  refresh();
}
