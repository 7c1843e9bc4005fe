// App servers sharing their rendered pages through Redis (REDIS_URL; cache-handlers/shared-cache.ts): a page one
// renders, the other serves without rendering it; after a write, strangers on both see it within a second, though
// one server's wall clock reads 11 s ahead; and a server whose Redis is gone still serves every page.
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
const servers: SecondAppServer[] = [];

async function startServer(env: Record<string, string>) {
  const server = await startSecondAppServer(process.env.DATABASE_URL!, { WEB_CONCURRENCY: "1", ...env });
  servers.push(server);
  return server;
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
  if (!(await whyNoRedis())) await removeKeys(keyPrefix);
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
  // Each server reads Redis's clock once its event loop is free after starting (within a second of that): until
  // then it shares nothing. Under a loaded CI the first reading can come after the server answers its health check.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const served = await getAsStranger(ahead.origin + film);
  expect(served.headers["x-nextjs-cache"], "rendered again rather than taken from Redis").toBe("HIT");
  expect(served.headers.etag).toBe(rendered.headers.etag);

  await followReviewWrites(browser, {
    film: slug,
    writeThrough: ahead.origin,
    readFrom: [first.origin, ahead.origin],
  });
});

test("an app server whose Redis is unreachable renders its pages", async () => {
  const alone = await startServer({ REDIS_URL: "redis://127.0.0.1:1", REDIS_KEY_PREFIX: keyPrefix });
  for (const pagePath of ["/films/tokyo-story-1953", "/people/yasujiro-ozu", "/"]) {
    const page = await getAsStranger(alone.origin + pagePath);
    expect(page.status, pagePath).toBe(200);
  }
});
