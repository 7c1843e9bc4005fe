// `npm run db:import` writes outside the app: when it ends, every running app server must drop the pages it may have
// changed. Run as the command line runs it, against a scratch database, with a server's LISTEN played by this test.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EVERY_PAGE_TAG } from "@/cache-handlers/shared-tags";
import { createScratchDatabase } from "../support/scratch-database";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let database: postgres.Sql;

beforeAll(async () => {
  scratch = await createScratchDatabase("import_invalidation", { migrated: true });
  database = postgres(scratch.url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await database.end();
  await scratch.drop();
});

it("tells every running app server, once an import is done, that every page may have changed", async () => {
  const heard: { from: string; tags: string[] }[] = [];
  const listening = await database.listen("marquee_cache_tags", (payload) => heard.push(JSON.parse(payload)));
  const dataset = path.resolve("tests/fixtures/import/netflix/netflix_titles.csv");

  await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/import.ts", "--format", "netflix", dataset],
    {
      env: { ...process.env, DATABASE_URL: scratch.url },
    },
  );

  await expect.poll(() => heard).toEqual([expect.objectContaining({ from: "db:import", tags: [EVERY_PAGE_TAG] })]);
  const [recorded] = await database`select expired_at from cache_tag_invalidations where tag = ${EVERY_PAGE_TAG}`;
  expect(recorded?.expired_at).toBeInstanceOf(Date);
  await listening.unlisten();
}, 60_000);
