// App servers sharing their rendered pages through Redis (REDIS_URL; cache-handlers/shared-cache.ts): a page one
// renders, the other serves without rendering it; after a write, strangers on both see it within a second, though
// one server's wall clock reads 11 s ahead; a client's requests count against one rate limit on all of them; and a
// server whose Redis is gone still serves every page.
import path from "node:path";
import { createClient } from "@redis/client";
import { expect, test } from "@playwright/test";
import { createDatabase } from "../db/client";
import { createFilm } from "../tests/support/factories";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { followReviewWrites } from "./support/review-writes";
import { getAsStranger } from "../scripts/stranger-get";
import { removeKeys, TEST_REDIS_URL, testKeyPrefix, whyNoRedis } from "../tests/support/redis";

test.describe.configure({ mode: "serial" });

const keyPrefix = testKeyPrefix("e2e");
/** A prefix of its own for the rate-limit test, so that no other test's requests count against its limit. */
const limitsKeyPrefix = testKeyPrefix("e2e-limits");
/** app/api/search/suggestions/route.ts's limit per address. */
const SUGGESTIONS_PER_MINUTE = 120;
const servers: SecondAppServer[] = [];

async function startServer(env: Record<string, string>) {
  const server = await startSecondAppServer(process.env.DATABASE_URL!, { WEB_CONCURRENCY: "1", ...env });
  servers.push(server);
  return server;
}

/** What the server at `origin` says of its shared cache in its health answer. */
async function sharedCacheStatus(origin: string) {
  const { body } = await getAsStranger(`${origin}/api/health`);
  return (JSON.parse(body) as { sharedCache: { status: string } }).sharedCache.status;
}

/** How many records of `kind` Redis holds under this run's prefix whose key holds `part`. */
async function countInRedis(kind: "page" | "entry", part = "") {
  const client = await createClient({ url: TEST_REDIS_URL }).connect();
  try {
    return (await client.keys(`${keyPrefix}${kind}:*${part}*`)).length;
  } finally {
    client.destroy();
  }
}

test.beforeAll(async () => {
  const noRedis = await whyNoRedis();
  test.skip(noRedis !== undefined, noRedis);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  if (!(await whyNoRedis())) await Promise.all([removeKeys(keyPrefix), removeKeys(limitsKeyPrefix)]);
});

test("a page one app server rendered is served by another from Redis, and every write shows on both at once", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keyPrefix };
  const [first, ahead] = await Promise.all([
    startServer(shared),
    startServer({ ...shared, NODE_OPTIONS: `--import ${path.resolve("e2e/support/stepped-wall-clock.mjs")}` }),
  ]);
  // A film added after the build, so that no server has its page from the build's prerendering.
  const { db, sql } = createDatabase(process.env.DATABASE_URL!, { maxConnections: 1 });
  const { slug } = await createFilm({ title: `Shared Through Redis ${Date.now().toString(36)}`, year: 1999 }, db);
  await sql.end();
  const film = `/films/${slug}`;

  const rendered = await getAsStranger(first.origin + film);
  expect(rendered.headers["x-nextjs-cache"]).toBe("MISS");
  await expect.poll(() => countInRedis("page", film)).toBeGreaterThan(0);
  // The 'use cache' entries its render computed (the film, its reviews) are shared too.
  expect(await countInRedis("entry")).toBeGreaterThan(0);
  // Each server reads Redis's clock once its event loop is free after starting: until then it shares nothing. Under a
  // loaded CI that reading can come after the server first answers.
  await expect.poll(() => sharedCacheStatus(ahead.origin)).toBe("sharing");
  const served = await getAsStranger(ahead.origin + film);
  expect(served.headers["x-nextjs-cache"], "rendered again rather than taken from Redis").toBe("HIT");
  expect(served.headers.etag).toBe(rendered.headers.etag);

  await followReviewWrites(browser, {
    film: slug,
    writeThrough: ahead.origin,
    readFrom: [first.origin, ahead.origin],
  });
});

test("app servers sharing Redis count a client's requests together against its rate limit", async () => {
  test.setTimeout(180_000);
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: limitsKeyPrefix };
  const pair = await Promise.all([startServer(shared), startServer(shared)]);
  await Promise.all(pair.map((server) => expect.poll(() => sharedCacheStatus(server.origin)).toBe("sharing")));
  // The search box's suggestions allow an address 120 a minute: 60 on each server, then one more on either.
  const suggest = (server: SecondAppServer) => getAsStranger(`${server.origin}/api/search/suggestions?q=ozu`);
  for (let request = 0; request < SUGGESTIONS_PER_MINUTE; request++) {
    const answer = await suggest(pair[request % 2]!);
    expect(answer.status, `request ${request + 1}`).toBe(200);
  }
  const over = await suggest(pair[0]!);
  expect(over.status, "each server alone has seen only 60").toBe(429);
  expect(over.headers["retry-after"]).toBeDefined();
});

test("an app server whose Redis is unreachable renders its pages, and says so in its health", async () => {
  const alone = await startServer({ REDIS_URL: "redis://127.0.0.1:1", REDIS_KEY_PREFIX: keyPrefix });
  const health = await getAsStranger(`${alone.origin}/api/health`);
  expect(health.status, "Redis alone never makes the site unhealthy").toBe(200);
  expect(JSON.parse(health.body)).toMatchObject({ status: "ok", sharedCache: { status: "unavailable" } });
  for (const pagePath of ["/films/tokyo-story-1953", "/people/yasujiro-ozu", "/"]) {
    const page = await getAsStranger(alone.origin + pagePath);
    expect(page.status, pagePath).toBe(200);
  }
});
