// The 'use cache' handler's shared invalidations, against PostgreSQL: what one app server invalidates, the others
// mark in their tags manifest (the map Next checks before serving a cached page). The other servers are played by a
// connection that notifies and reads as they would; e2e/shared-cache.spec.ts runs two real servers.
import { createRequire } from "node:module";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheHandler } from "next/cache";
import { createSharedTagsHandler } from "@/cache-handlers/shared-tags.mjs";
import { createScratchDatabase } from "../support/scratch-database";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js") as {
  createDefaultCacheHandler: (bytes: number) => CacheHandler;
};
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
  tagsManifest: Map<string, { stale?: number; expired?: number }>;
};

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let otherServer: postgres.Sql;

beforeAll(async () => {
  scratch = await createScratchDatabase("shared_cache_tags");
  otherServer = postgres(scratch.url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await otherServer.end();
  await scratch.drop();
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("gave up waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function newServer() {
  return createSharedTagsHandler(createDefaultCacheHandler(1024 * 1024), scratch.url);
}

describe("shared cache invalidations", () => {
  it("records what this server invalidates, for servers that start later, and tells the running ones", async () => {
    const handler = newServer();
    await handler.refreshTags();
    const heard: unknown[] = [];
    await otherServer.listen("marquee_cache_tags", (payload) => heard.push(JSON.parse(payload)));

    const before = Date.now();
    await handler.updateTags(["film:1", "home"]);
    const rows = await otherServer`select tag, expired_at from cache_tag_invalidations order by tag`;
    expect(rows.map((row) => row.tag)).toEqual(["film:1", "home"]);
    expect((rows[0]!.expired_at as Date).getTime()).toBeGreaterThanOrEqual(before - 1);
    await waitFor(() => heard.length === 1);
    expect(heard[0]).toMatchObject({ tags: ["film:1", "home"] });
  });

  it("marks a tag another server invalidated, on this server's clock, as soon as it is told", async () => {
    const handler = newServer();
    await handler.refreshTags();
    const before = Date.now();
    await otherServer`select pg_notify('marquee_cache_tags', ${JSON.stringify({ from: "another-server", tags: ["film:2"] })})`;
    await waitFor(() => tagsManifest.has("film:2"));
    expect(tagsManifest.get("film:2")!.expired).toBeGreaterThanOrEqual(before);
  });

  it("reads the invalidations recorded before it started", async () => {
    const invalidatedAt = new Date(Date.now() - 60_000);
    await otherServer`insert into cache_tag_invalidations (tag, expired_at) values ('person:3', ${invalidatedAt})`;
    const handler = newServer();
    await handler.refreshTags();
    expect(tagsManifest.get("person:3")).toEqual({ expired: invalidatedAt.getTime() });
  });
});
