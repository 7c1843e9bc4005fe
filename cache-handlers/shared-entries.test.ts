// 'use cache' entries shared between app servers through a real Redis: what one server's handler keeps, another's
// finds, as long as nothing it has heard invalidated it since it was made; entries Next does not keep are not shared.
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSharedCache, type SharedCacheConnection } from "./shared-cache";
import { provideSharedCache } from "./shared-cache-slot.mjs";
import { withSharedEntries } from "./shared-entries";
import { removeKeys, TEST_REDIS_URL, testKeyPrefix, whyNoRedis } from "../tests/support/redis";

const keyPrefix = testKeyPrefix("shared-entries");
const noRedis = await whyNoRedis();
if (noRedis) console.warn(`Skipping the shared 'use cache' entries' tests: ${noRedis}.`);
let connection: SharedCacheConnection | undefined;
let keys = 0;

/** One app server's 'use cache' handler: a memory of its own, Redis shared with the others. */
const appServer = () => withSharedEntries(createDefaultCacheHandler(1024 * 1024));

function entryMade(at: number, { tags = ["film:1"], expire = 3600, payload = "payload" } = {}) {
  return { value: new Blob([payload]).stream(), tags, stale: 300, timestamp: at, expire, revalidate: 900 };
}

async function payloadOf(entry: Awaited<ReturnType<ReturnType<typeof appServer>["get"]>>) {
  return entry && (await new Response(entry.value).text());
}

beforeAll(async () => {
  if (noRedis) return;
  connection = connectSharedCache({
    url: TEST_REDIS_URL,
    keyPrefix,
    buildId: "build-1",
    logger: pino({ level: "silent" }),
  });
  provideSharedCache(connection);
  // Connected once a record stored can be read back.
  while (!(await connection.get("entry", "warm-up"))) {
    await connection.set("entry", "warm-up", Date.now(), {});
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(async () => {
  provideSharedCache(undefined);
  await connection?.close();
  if (!noRedis) await removeKeys(keyPrefix);
});

describe.skipIf(noRedis)("withSharedEntries", () => {
  it("gives another app server an entry one computed, and keeps it in that server's memory", async () => {
    const key = `entry-${++keys}`;
    await appServer().set(key, Promise.resolve(entryMade(Date.now() - 100, { payload: "탈주 (2024)" })));

    const other = appServer();
    const entry = await other.get(key, []);
    expect(await payloadOf(entry)).toBe("탈주 (2024)");
    expect(entry).toMatchObject({ tags: ["film:1"], revalidate: 900, expire: 3600 });
    await connection!.set("entry", key, 0, {});
    expect(await payloadOf(await other.get(key, [])), "read from its memory now").toBe("탈주 (2024)");
  });

  it("gives no entry made before an invalidation the reading server has heard", async () => {
    const key = `entry-${++keys}`;
    const tag = `film:${1000 + keys}`;
    await appServer().set(key, Promise.resolve(entryMade(Date.now() - 100, { tags: [tag] })));
    tagsManifest.set(tag, { expired: Date.now() });

    expect(await appServer().get(key, [])).toBeUndefined();
  });

  it("shares no entry Next would not keep: one whose lifetime is nothing", async () => {
    const key = `entry-${++keys}`;
    await appServer().set(key, Promise.resolve(entryMade(Date.now(), { expire: 0 })));

    expect(await connection!.get("entry", key)).toBeNull();
    expect(await appServer().get(key, [])).toBeUndefined();
  });
});
