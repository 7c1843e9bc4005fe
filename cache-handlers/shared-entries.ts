// The 'use cache' entries shared between app servers (shared-cache.ts), around the handler of this process: an
// entry it does not hold fresh is asked of Redis, and every entry it keeps is also put there. An entry from Redis
// goes into this process's memory first and is read back from there, so that Next's own handler decides, as for
// its own entries, whether it is past its lifetime or was invalidated since it was made (its timestamp, converted
// to this server's clock by shared-cache.ts).
import type { CacheHandler } from "next/cache";
import { sharedCache } from "./shared-cache-slot.mjs";

type CacheEntry = NonNullable<Awaited<ReturnType<CacheHandler["get"]>>>;
/** An entry as it is kept in Redis: its bytes rather than a stream that can be read once. */
type StoredEntry = Omit<CacheEntry, "value" | "timestamp"> & { bytes: Uint8Array<ArrayBuffer> };

export function withSharedEntries(handler: CacheHandler): CacheHandler {
  return {
    ...handler,
    async get(cacheKey, softTags) {
      const entry = await handler.get(cacheKey, softTags);
      const shared = entry ? undefined : await sharedCache()?.get<StoredEntry>("entry", cacheKey);
      if (!shared) return entry;
      const { bytes, ...metadata } = shared.record;
      await handler.set(cacheKey, Promise.resolve({ ...metadata, timestamp: shared.madeAt, value: streamOf(bytes) }));
      return handler.get(cacheKey, softTags);
    },
    async set(cacheKey, pendingEntry) {
      const cache = sharedCache();
      if (!cache) return handler.set(cacheKey, pendingEntry);
      // One stream for this process's memory, its copy for Redis; none for an entry Next keeps nowhere (a dynamic
      // one, whose lifetime is nothing).
      const teed = pendingEntry.then((entry) => {
        if (entry.expire === 0) return [entry, undefined] as const;
        const [forMemory, forRedis] = entry.value.tee();
        return [
          { ...entry, value: forMemory },
          { ...entry, value: forRedis },
        ] as const;
      });
      const share = async () => {
        const forRedis = (await teed)[1];
        if (!forRedis) return;
        const { value, timestamp, ...metadata } = forRedis;
        // Nor one whose stream failed part way.
        const bytes = await new Response(value).bytes().catch(() => undefined);
        if (bytes) await cache.set("entry", cacheKey, timestamp, { ...metadata, bytes }, metadata.expire);
      };
      await Promise.all([
        handler.set(
          cacheKey,
          teed.then(([forMemory]) => forMemory),
        ),
        share(),
      ]);
    },
  };
}

function streamOf(bytes: Uint8Array<ArrayBuffer>) {
  return new Blob([bytes]).stream();
}
