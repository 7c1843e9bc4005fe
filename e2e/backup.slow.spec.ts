// The disaster a backup is for, on a PostgreSQL of this test's own like the one the README's default install runs
// (embedded, in a directory of its own): the data directory and the posters are lost, a new cluster is made, and
// `npm run db:restore` of the archive `npm run db:backup` wrote brings back pages with the same content.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Browser } from "@playwright/test";
import postgres from "postgres";
import {
  startFaultDatabase,
  startSecondAppServer,
  type FaultDatabase,
  type SecondAppServer,
} from "./support/fault-rig";

const REVIEW = "Written after the demo catalogue, and still here after the disaster.";

/** `npm run db:<task>` as an operator types it, on `databaseUrl`. */
async function runDatabaseScript(databaseUrl: string, args: string[]) {
  await promisify(execFile)("npx", ["tsx", "scripts/backup.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

/**
 * A film, a person credited on it and a member who reviewed it, written after the demo catalogue: the pages the test
 * reads. New ones, because the build prerendered the demo's pages from the e2e database.
 */
async function writeAfterTheSeed(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [film] = await sql<{ id: number }[]>`
      insert into films (slug, title, year, runtime_minutes) values ('after-the-flood-2033', 'After the Flood', 2033, 104)
      returning id`;
    const [person] = await sql<{ id: number }[]>`
      insert into people (slug, name) values ('noor-haddad', 'Noor Haddad') returning id`;
    await sql`insert into credits (film_id, person_id, role, position) values (${film!.id}, ${person!.id}, 'director', 0)`;
    const [user] = await sql<{ id: number }[]>`
      insert into users (username, email) values ('survivor', 'survivor@example.com') returning id`;
    await sql`insert into reviews (film_id, user_id, rating, body) values (${film!.id}, ${user!.id}, 9, ${REVIEW})`;
    return ["/films/after-the-flood-2033", "/people/noor-haddad", "/users/survivor"];
  } finally {
    await sql.end();
  }
}

/** What a visitor with no cookies reads on each page. */
async function pageTexts(browser: Browser, origin: string, paths: string[]) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const texts: Record<string, string> = {};
    for (const pagePath of paths) {
      // Once the page's own requests are done: a visitor's parts of it (the review box) are filled in on the client.
      const response = await page.goto(`${origin}${pagePath}`, { waitUntil: "networkidle" });
      expect(response?.status(), pagePath).toBe(200);
      texts[pagePath] = await page.locator("main").innerText();
    }
    return texts;
  } finally {
    await context.close();
  }
}

test("the database and the posters are lost, and a restore brings back the same pages", async ({ browser }) => {
  test.setTimeout(300_000);
  const directory = await mkdtemp(path.join(tmpdir(), "marquee-disaster-e2e-"));
  const env = { POSTER_DIR: path.join(directory, "posters") };
  const archive = path.join(directory, "backups", "marquee.tar.gz");
  let database: FaultDatabase | undefined;
  let app: SecondAppServer | undefined;
  try {
    database = await startFaultDatabase();
    const paths = await writeAfterTheSeed(database.url);
    app = await startSecondAppServer(database.url, env);
    const before = await pageTexts(browser, app.origin, paths);
    expect(before[paths[0]!]).toContain(REVIEW);
    await runDatabaseScript(database.url, ["backup", "--out", archive]);

    await app.stop();
    app = undefined;
    await database.dispose();
    await rm(env.POSTER_DIR, { recursive: true, force: true });

    database = await startFaultDatabase({ isSeeded: false });
    await runDatabaseScript(database.url, ["restore", archive, "--yes"]);
    app = await startSecondAppServer(database.url, env);
    expect(await pageTexts(browser, app.origin, paths)).toEqual(before);
  } finally {
    await app?.stop();
    await database?.dispose();
    await rm(directory, { recursive: true, force: true });
  }
});
