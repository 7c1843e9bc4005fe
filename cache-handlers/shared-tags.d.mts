// Types of shared-tags.mjs, for the tests that import it.
import type { CacheHandler } from "next/cache";

export function createSharedTagsHandler(base: CacheHandler, databaseUrl: string): CacheHandler;
declare const handler: CacheHandler;
export default handler;
