// The 'use cache' handler's shared invalidations, against PostgreSQL: what one app server invalidates, the others
// apply through their base handler (Next's default one), whose cached entries then stop being served. The other
// servers are played by handlers whose base does nothing, so that only what travels through PostgreSQL reaches the
// one under test (the tags manifest is one per process); e2e/shared-cache.spec.ts runs two real servers.
import { randomBytes } from "node:crypto";
import net from "node:net";
import postgres from "postgres";
import type { CacheEntry, CacheHandler } from "next/cache";
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { beginRender } from "@/cache-handlers/renders-in-flight.mjs";
import { createSharedTagsHandler, type SharedTagsHandler, type SharedTagsOptions } from "@/cache-handlers/shared-tags";
import { createLogger } from "@/lib/logger";
import { createScratchDatabase } from "../support/scratch-database";

const MINUTE = 60_000;

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let database: postgres.Sql;
const handlers: SharedTagsHandler[] = [];
const relays: Relay[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase("shared_cache_tags");
  database = postgres(scratch.url, { max: 1, onnotice: () => {} });
});

afterEach(async () => {
  await Promise.all(handlers.splice(0).map((handler) => handler.close()));
  await Promise.all(relays.splice(0).map((relay) => relay.shut()));
});

afterAll(async () => {
  await database.end();
  await scratch.drop();
});

/** A tag of its own for each test: every handler here marks the same manifest, the process's. */
function uniqueTag(name: string) {
  return `${name}:${randomBytes(4).toString("hex")}`;
}

/** The clock Next stamps entries and marks tags with. */
function nextClock() {
  return performance.timeOrigin + performance.now();
}

/** An app server under test: Next's default handler with shared invalidations. */
function startServer({ url = scratch.url, ...options }: SharedTagsOptions & { url?: string } = {}) {
  const base = createDefaultCacheHandler(1024 * 1024);
  const handler = createSharedTagsHandler(base, url, { firstReadWaitMs: 2_000, maxRetryDelayMs: 200, ...options });
  handlers.push(handler);
  return { base, handler };
}

const inertBase: CacheHandler = {
  get: async () => undefined,
  set: async () => {},
  refreshTags: async () => {},
  getExpiration: async () => 0,
  updateTags: async () => {},
};

/** Another app server: it records and announces its invalidations, and marks nothing in this process. */
async function startAnotherServer() {
  const handler = createSharedTagsHandler(inertBase, scratch.url, { maxRetryDelayMs: 200 });
  handlers.push(handler);
  await handler.refreshTags();
  return handler;
}

/** An invalidation recorded while the server under test was not listening. */
async function recordedEarlier(tag: string, { staleAt, expiredAt }: { staleAt?: number; expiredAt?: number }) {
  const toDate = (time: number | undefined) => (time === undefined ? null : new Date(time));
  await database`insert into cache_tag_invalidations (tag, stale_at, expired_at) values (${tag}, ${toDate(staleAt)}, ${toDate(expiredAt)})`;
}

/** Caches an entry with `tags`, made `ageMs` ago, as Next's 'use cache' would; returns its key. */
async function cacheEntry(handler: CacheHandler, tags: string[], ageMs = 1_000) {
  const key = uniqueTag("entry");
  const entry: CacheEntry = {
    value: new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("<p>cached</p>"));
        controller.close();
      },
    }),
    tags,
    stale: 300,
    timestamp: nextClock() - ageMs,
    expire: 3_600,
    revalidate: 3_600,
  };
  await handler.set(key, Promise.resolve(entry));
  return key;
}

/** Next rounds its marks to the millisecond, up to half of one ahead of its clock: an entry made at once may be older. */
async function pastNextsRounding() {
  await new Promise((resolve) => setTimeout(resolve, 2));
}

async function isServed(handler: CacheHandler, key: string) {
  return (await handler.get(key, [])) !== undefined;
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("gave up waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function capturedLog() {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line)) }, "info");
  return { logger, messages: () => lines.map((line) => line.msg) };
}

interface Relay {
  url: string;
  open(): Promise<void>;
  shut(): Promise<void>;
}

/** A TCP relay to the test server, shut and opened again on one port: PostgreSQL going away and coming back. */
async function createRelay(): Promise<Relay> {
  const target = new URL(scratch.url);
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const relay: Relay = {
    url: Object.assign(new URL(scratch.url), { host: `127.0.0.1:${port}` }).toString(),
    async open() {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("error", () => {}).on("close", () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    },
    async shut() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      server = undefined;
    },
  };
  relays.push(relay);
  return relay;
}

describe("shared cache invalidations", () => {
  it("records what it invalidates, for servers that start later, and announces it to the running ones", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const heard: unknown[] = [];
    const listening = await database.listen("marquee_cache_tags", (payload) => heard.push(JSON.parse(payload)));
    const [film, home, feed] = [uniqueTag("film"), uniqueTag("home"), uniqueTag("feed")];

    const before = Date.now();
    await handler.updateTags([film, home, film]);
    await handler.updateTags([feed], { expire: 60 });

    const rows = await database`
      select tag, stale_at, expired_at from cache_tag_invalidations where tag in ${database([film, home, feed])}`;
    const byTag = new Map(rows.map((row) => [row.tag as string, row]));
    for (const tag of [film, home]) {
      expect(byTag.get(tag)!.stale_at).toBeNull();
      expect((byTag.get(tag)!.expired_at as Date).getTime()).toBeGreaterThanOrEqual(before - 1_000);
    }
    const feedRow = byTag.get(feed)!;
    expect((feedRow.expired_at as Date).getTime() - (feedRow.stale_at as Date).getTime()).toBe(60_000);
    await waitFor(() => heard.length === 2);
    expect(heard).toEqual([
      expect.objectContaining({ tags: [film, home], durations: null, at: expect.any(Number) }),
      expect.objectContaining({ tags: [feed], durations: { expire: 60 } }),
    ]);
    await listening.unlisten();
  });

  it("announces a list of tags too long for one notification in parts, every tag recorded", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const heard: { tags: string[] }[] = [];
    const listening = await database.listen("marquee_cache_tags", (payload) => heard.push(JSON.parse(payload)));
    // A film deleted with thousands of reviewers: one profile tag each.
    const reviewers = Array.from({ length: 3_000 }, (_, index) => uniqueTag(`user-${index}`));

    await handler.updateTags(reviewers);

    await waitFor(() => heard.flatMap((announcement) => announcement.tags).length === reviewers.length);
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.flatMap((announcement) => announcement.tags)).toEqual(reviewers);
    const [row] = await database<{ count: number }[]>`
      select count(*)::int as count from cache_tag_invalidations where tag in ${database(reviewers)}`;
    expect(row!.count).toBe(reviewers.length);
    await listening.unlisten();
  });

  it("answers an invalidation once the renders begun before it have ended, so that its writer cannot join one", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const endBefore = beginRender(Date.now() - 10);
    let isAnswered = false;

    const invalidation = handler.updateTags([uniqueTag("film")]).then(() => (isAnswered = true));
    const endAfter = beginRender(Date.now() + 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAnswered).toBe(false);

    endBefore();
    await invalidation;
    endAfter();
  });

  it("stops serving what another server invalidated as soon as it is told", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const another = await startAnotherServer();
    const [film, other] = [uniqueTag("film"), uniqueTag("film")];
    const entry = await cacheEntry(handler, [film]);
    const untouched = await cacheEntry(handler, [other]);
    expect(await isServed(handler, entry)).toBe(true);

    await another.updateTags([film]);

    await waitFor(async () => !(await isServed(handler, entry)));
    expect(await isServed(handler, untouched)).toBe(true);
  });

  it("does not apply its own announcements a second time, which would discard what it rendered since", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const another = await startAnotherServer();
    const [film, sentinel] = [uniqueTag("film"), uniqueTag("sentinel")];

    await handler.updateTags([film]);
    await pastNextsRounding();
    const renderedSince = await cacheEntry(handler, [film], 0);
    // Announcements arrive in the order they were committed: once the later one is applied, the own one was heard.
    await another.updateTags([sentinel]);
    await waitFor(async () => (await handler.getExpiration([sentinel])) > 0);

    expect(await isServed(handler, renderedSince)).toBe(true);
  });

  it("records an invalidation before it marks it here, so that a render anywhere is either older or caught up", async () => {
    const film = uniqueTag("film");
    let recordsWhenMarked: number | undefined;
    const base: CacheHandler = {
      ...createDefaultCacheHandler(1024 * 1024),
      async updateTags(tags) {
        if (!tags.includes(film)) return;
        const [row] = await database<{ count: number }[]>`
          select count(*)::int as count from cache_tag_invalidations where tag = ${film}`;
        recordsWhenMarked = row!.count;
      },
    };
    const handler = createSharedTagsHandler(base, scratch.url, { maxRetryDelayMs: 200 });
    handlers.push(handler);
    await handler.refreshTags();

    await handler.updateTags([film]);

    expect(recordsWhenMarked).toBe(1);
  });

  it("before a render, applies an invalidation recorded elsewhere whose announcement it has not heard yet", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const film = uniqueTag("film");
    const entry = await cacheEntry(handler, [film]);
    // Recorded, and announced to nobody yet: the announcement is still on its way.
    await recordedEarlier(film, { expiredAt: Date.now() });
    expect(await isServed(handler, entry)).toBe(true);

    await handler.catchUp();
    await pastNextsRounding();

    expect(await isServed(handler, entry)).toBe(false);
  });

  it("catching up applies nothing it has heard or made already, which would discard what it rendered since", async () => {
    const { handler } = startServer();
    await handler.refreshTags();
    const another = await startAnotherServer();
    const [own, heard] = [uniqueTag("film"), uniqueTag("film")];
    await handler.updateTags([own]);
    await another.updateTags([heard]);
    await waitFor(async () => (await handler.getExpiration([heard])) > 0);
    await pastNextsRounding();
    const renderedSince = await cacheEntry(handler, [own, heard], 0);

    await handler.catchUp();

    expect(await isServed(handler, renderedSince)).toBe(true);
  });

  it("lets a render go on without catching up while PostgreSQL cannot be reached, and says so once", async () => {
    const relay = await createRelay();
    const log = capturedLog();
    const { handler } = startServer({ url: relay.url, logger: log.logger, firstReadWaitMs: 300 });
    await handler.refreshTags();

    const started = Date.now();
    await handler.catchUp();
    await handler.catchUp();

    expect(Date.now() - started).toBeLessThan(2_500);
    const warnings = log
      .messages()
      .filter((message) => message === "a render could not catch up with cache invalidations");
    expect(warnings).toHaveLength(1);
  });

  it("on start, applies what was recorded since its build, and not what the build had already seen", async () => {
    const builtAt = Date.now() - 10 * MINUTE;
    const [sinceBuild, beforeBuild, staleSinceBuild] = [uniqueTag("film"), uniqueTag("film"), uniqueTag("feed")];
    await recordedEarlier(sinceBuild, { expiredAt: Date.now() - MINUTE });
    await recordedEarlier(beforeBuild, { expiredAt: builtAt - 50 * MINUTE });
    await recordedEarlier(staleSinceBuild, { staleAt: Date.now() - MINUTE, expiredAt: Date.now() + 60 * MINUTE });
    const { base, handler } = startServer({ builtAt: new Date(builtAt) });
    // Pages on disk from before the start, as Next reads them back after a restart.
    const [expiredPage, keptPage, stalePage] = await Promise.all([
      cacheEntry(base, [sinceBuild], 2 * MINUTE),
      cacheEntry(base, [beforeBuild], 2 * MINUTE),
      cacheEntry(base, [staleSinceBuild], 2 * MINUTE),
    ]);

    await handler.refreshTags();
    await pastNextsRounding();

    expect(await isServed(handler, expiredPage)).toBe(false);
    expect(await isServed(handler, keptPage)).toBe(true);
    // Served once more while it is rendered again, as revalidateTag(tag, profile) asks.
    expect((await handler.get(stalePage, []))?.revalidate).toBe(-1);
  });

  it("answers getExpiration with the later of its base's answer and the invalidations recorded elsewhere", async () => {
    const film = uniqueTag("film");
    const recordedAt = Date.now() - MINUTE;
    await recordedEarlier(film, { expiredAt: recordedAt });
    let baseAnswer = 0;
    const base = { ...createDefaultCacheHandler(1024 * 1024), getExpiration: async () => baseAnswer };
    const handler = createSharedTagsHandler(base, scratch.url, { builtAt: new Date(recordedAt - MINUTE) });
    handlers.push(handler);
    await handler.refreshTags();

    baseAnswer = recordedAt - 10_000;
    expect(await handler.getExpiration([uniqueTag("home"), film])).toBe(recordedAt);
    baseAnswer = recordedAt + 10_000;
    expect(await handler.getExpiration([film])).toBe(recordedAt + 10_000);
  });

  it("after losing its connection, applies what was recorded while it was away", async () => {
    const relay = await createRelay();
    await relay.open();
    const { handler } = startServer({ url: relay.url });
    await handler.refreshTags();
    const another = await startAnotherServer();
    const film = uniqueTag("film");
    const entry = await cacheEntry(handler, [film]);

    await relay.shut();
    await another.updateTags([film]);
    expect(await isServed(handler, entry)).toBe(true);
    await relay.open();

    await waitFor(async () => !(await isServed(handler, entry)));
  });

  it("starts and serves while PostgreSQL cannot be reached, says so, and applies invalidations once it answers", async () => {
    const relay = await createRelay();
    const log = capturedLog();
    const another = await startAnotherServer();
    const [missed, heard] = [uniqueTag("film"), uniqueTag("film")];
    const { handler } = startServer({ url: relay.url, logger: log.logger, firstReadWaitMs: 300 });
    const [missedEntry, heardEntry] = [await cacheEntry(handler, [missed]), await cacheEntry(handler, [heard])];

    const started = Date.now();
    await handler.refreshTags();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(log.messages()).toContain(
      "shared cache invalidations are not on yet: serving without them until PostgreSQL answers",
    );
    await another.updateTags([missed]);
    expect(await isServed(handler, missedEntry)).toBe(true);

    await relay.open();
    await waitFor(async () => !(await isServed(handler, missedEntry)));
    expect(log.messages()).toContain("shared cache invalidations are on");
    await another.updateTags([heard]);
    await waitFor(async () => !(await isServed(handler, heardEntry)));
  });
});
