// Types of shared-tags.mjs, for the tests that import it.
import type { CacheHandler } from "next/cache";

export interface TagMark {
  tag: string;
  stale?: number;
  expired?: number;
}

export function markTags(marks: TagMark[]): void;
export function createSharedTagsHandler(base: CacheHandler, databaseUrl: string): CacheHandler;
declare const handler: CacheHandler;
export default handler;
