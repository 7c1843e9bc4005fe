// What a visitor who did not write sees, and how soon (docs/freshness.md): a review saved, edited, deleted or hidden
// shows on its film, its permalink, its author's profile, the home page and the feeds within a second, asked for by a
// stranger (no cookies, a new connection each time) — on the server that took the write and on any other one.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { followReviewWrites } from "./support/review-writes";
import { getAsStranger } from "../scripts/stranger-get";

// One after the other, and in the slow project, after the rest of the suite: a page another test renders at the
// moment of a write can be shown once more with the old data (docs/freshness.md, "Renders in flight").
test.describe.configure({ mode: "serial" });

test("a stranger sees a review saved, edited, deleted and hidden within a second of each write", async ({
  browser,
  baseURL,
}) => {
  // Two members and an admin sign in, and seven pages are rendered afresh after each of five writes.
  test.slow();
  await followReviewWrites(browser, { film: "the-general-1926", writeThrough: baseURL!, readFrom: [baseURL!] });
});

test("a cache in front of the app (a CDN, a proxy) is told to ask again before it reuses a page or a feed", async ({
  baseURL,
}) => {
  for (const pagePath of ["/feed.xml", "/sitemap.xml"]) {
    expect((await getAsStranger(baseURL + pagePath)).headers["cache-control"], pagePath).toBe("no-cache");
  }
  for (const pagePath of ["/films/the-general-1926", "/"]) {
    const first = await getAsStranger(baseURL + pagePath);
    expect(first.headers["cache-control"], pagePath).toBe("no-cache");
    // What such a cache does before reusing a page: it is answered "not modified" while nothing has changed. After
    // a write, each worker may render the page for itself (docs/scaling.md, "Every core"), and their versions need
    // not be the same bytes: the worker that sent this one says 304.
    const conditional = () => getAsStranger(baseURL + pagePath, { headers: { "if-none-match": first.headers.etag! } });
    await expect.poll(async () => (await conditional()).status, { message: pagePath, timeout: 5_000 }).toBe(304);
  }
});

test("a second app server, whose wall clock was stepped forward, shows its writes at once, and so does the first", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  let second: SecondAppServer | undefined;
  try {
    second = await startSecondAppServer(process.env.DATABASE_URL!, {
      NODE_OPTIONS: `--import ${path.resolve("e2e/support/stepped-wall-clock.mjs")}`,
    });
    const film = "modern-times-1936";
    // Both servers have the film's page cached before the writes.
    for (const origin of [baseURL!, second.origin]) await fetch(`${origin}/films/${film}`);
    await followReviewWrites(browser, { film, writeThrough: second.origin, readFrom: [second.origin, baseURL!] });
  } finally {
    await second?.stop();
  }
});
