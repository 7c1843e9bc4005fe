// The tier the caches share on a real Redis: what one app server stores, another finds (records of its own build
// only), with when it was made read on each server's own clock; and a Redis that is not there costs a page nothing
// but its render.
import { createServer } from "node:net";
import pino from "pino";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { connectSharedCache, type SharedCacheConnection } from "./shared-cache";
import { removeKeys, TEST_REDIS_URL, testKeyPrefix, whyNoRedis } from "../tests/support/redis";

const keyPrefix = testKeyPrefix("shared-cache");
const logger = pino({ level: "silent" });
const connections: SharedCacheConnection[] = [];

function appServer({ buildId = "build-1", url = TEST_REDIS_URL } = {}) {
  const connection = connectSharedCache({ url, keyPrefix, buildId, logger });
  connections.push(connection);
  return connection;
}

const renderedPage = {
  kind: "APP_PAGE",
  html: "<h1>탈주</h1>",
  rscData: Buffer.from([0, 1, 2, 255]),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": "film:1,_N_T_/layout" },
  status: 200,
};

/** Stores the page until the tier, connecting in the background, takes it; then what `reader` finds. */
async function storeAndRead(writer: SharedCacheConnection, reader: SharedCacheConnection, key: string, at: number) {
  await expect
    .poll(async () => {
      await writer.set("page", key, at, { value: renderedPage, cacheControl: { revalidate: 900 } });
      return reader.get("page", key);
    })
    .not.toBeNull();
  return reader.get<{ value: object; cacheControl: object }>("page", key);
}

afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  if (!noRedis) await removeKeys(keyPrefix);
});

const noRedis = await whyNoRedis();
if (noRedis) console.warn(`Skipping the shared page tier's tests: ${noRedis}.`);

describe.skipIf(noRedis)("connectSharedCache", () => {
  it("gives another app server of the same build the page whole, and one of another build nothing", async () => {
    const renderBeganAt = Date.now() - 300;
    const [writer, reader] = [appServer(), appServer()];
    const entry = await storeAndRead(writer, reader, "/films/escape-2024", renderBeganAt);
    expect(writer.isSharing() && reader.isSharing()).toBe(true);

    expect(entry?.record).toEqual({ value: renderedPage, cacheControl: { revalidate: 900 } });
    expect(Math.abs(entry!.madeAt - renderBeganAt)).toBeLessThan(50);
    expect(await appServer().get("entry", "/films/escape-2024")).toBeNull();
    const otherBuild = appServer({ buildId: "build-2" });
    await storeAndRead(otherBuild, otherBuild, "/films/warm-up", Date.now());
    expect(await otherBuild.get("page", "/films/escape-2024")).toBeNull();
  });

  it("reads when a render began on the reader's own clock, however far it is from the writer's", async () => {
    const writer = appServer();
    await storeAndRead(writer, writer, "/films/warm-up", Date.now());
    // This process's clock is stepped 11 s forward before the reader connects and measures it against Redis's.
    const step = 11_000;
    const wallClock = Date.now.bind(Date);
    vi.spyOn(Date, "now").mockImplementation(() => wallClock() + step);
    const reader = appServer();

    const renderBeganAt = wallClock() - 300;
    const entry = await storeAndRead(writer, reader, "/films/the-general-1926", renderBeganAt);
    expect(Math.abs(entry!.madeAt - (renderBeganAt + step))).toBeLessThan(50);
  });

  it("counts hits for every app server together, in a window the first hit opens", async () => {
    const [one, other] = [appServer(), appServer()];
    await expect.poll(() => one.countHit("rate:test:203.0.113.9", 60_000)).not.toBeNull();
    expect(await other.countHit("rate:test:203.0.113.9", 60_000)).toMatchObject({ count: 2 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await one.countHit("rate:test:203.0.113.9", 60_000);
    expect(third?.count).toBe(3);
    // The window was opened by the first hit and is not pushed back by later ones.
    expect(third?.windowEndsInMs).toBeLessThan(59_950);
    expect(third?.windowEndsInMs).toBeGreaterThan(50_000);
    expect(await other.countHit("rate:test:198.51.100.7", 60_000)).toMatchObject({ count: 1 });

    const short = await one.countHit("rate:test:short", 100);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await one.countHit("rate:test:short", 100), `after ${JSON.stringify(short)}`).toMatchObject({ count: 1 });
  });

  it("answers at once, with nothing, while Redis is unreachable or does not answer", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      for (const url of [`redis://127.0.0.1:${port}`, "redis://127.0.0.1:1"]) {
        const unreachable = appServer({ url });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const startedAt = performance.now();
        await unreachable.set("page", "/films/escape-2024", Date.now(), { value: renderedPage });
        expect(await unreachable.get("page", "/films/escape-2024"), url).toBeNull();
        expect(unreachable.isSharing(), url).toBe(false);
        expect(await unreachable.countHit("rate:test:203.0.113.9", 60_000), url).toBeNull();
        // Not a measure of speed: the bound is far above the deadline, and far below a page that waits on Redis.
        expect(performance.now() - startedAt, url).toBeLessThan(2_000);
      }
    } finally {
      silent.close();
    }
  });
});
