// A database outage under load, on a PostgreSQL of this test's own: while it is down visitors get the "temporarily
// unavailable" page (503); when it is back the same app server answers again; and every review a member saw saved
// is in the database.
import { expect, test, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import { startSecondAppServer, startFaultDatabase, type SecondAppServer, type FaultDatabase } from "./support/fault-rig";
import { signInAsDemoMember } from "./support/forms";

const MEMBERS = ["kenji", "lucia_films", "popcorn_sam", "old_projector"];
// A member may save ten reviews a minute: one every six and a half seconds stays under it.
const POST_INTERVAL_MS = 6_500;

interface PageView {
  startedAt: number;
  finishedAt: number;
  status: number;
  isUnavailablePage: boolean;
}

interface Acknowledgement {
  login: string;
  slug: string;
  body: string;
  at: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pages that need the database (a new search, a new Discover), one after another until told to stop. */
async function viewPages(origin: string, isDone: () => boolean, views: PageView[]) {
  for (let n = 0; !isDone(); n += 1) {
    const path = n % 2 === 0 ? `/search?q=fault+${n}` : `/discover?yearFrom=${1900 + (n % 100)}&yearTo=2000`;
    const startedAt = Date.now();
    const response = await fetch(`${origin}${path}`).catch(() => undefined);
    const body = response ? await response.text() : "";
    views.push({ startedAt, finishedAt: Date.now(), status: response?.status ?? 0, isUnavailablePage: body.includes("Marquee is temporarily unavailable") });
    await sleep(100);
  }
}

/** Rates and reviews film after film; what the page says is saved is acknowledged. */
async function postReviews(page: Page, login: string, slugs: string[], isDone: () => boolean, acknowledged: Acknowledgement[]) {
  for (const slug of slugs) {
    if (isDone()) return;
    const startedAt = Date.now();
    const response = await page.goto(`/films/${slug}`).catch(() => null);
    if (response?.status() === 200) {
      const box = page.getByRole("region", { name: "Your review" });
      const body = `Seen during the fault test, ${login} on ${slug}.`;
      try {
        await box.getByRole("radio", { name: "4 stars out of 5" }).check({ timeout: 5_000 });
        await box.getByLabel("Review").fill(body, { timeout: 5_000 });
        await box.getByRole("button", { name: "Save review" }).click({ timeout: 5_000 });
        await expect(box.getByRole("status")).toHaveText("Your review is saved.", { timeout: 10_000 });
        acknowledged.push({ login, slug, body, at: Date.now() });
      } catch {
        // Not acknowledged: the outage answered this one. Nothing is claimed for it.
      }
    }
    await sleep(Math.max(0, POST_INTERVAL_MS - (Date.now() - startedAt)));
  }
}

async function signedInPages(browser: Browser, origin: string) {
  return Promise.all(
    MEMBERS.map(async (login) => {
      const page = await (await browser.newContext({ baseURL: origin })).newPage();
      await signInAsDemoMember(page, login);
      return { login, page };
    }),
  );
}

async function healthStatus(origin: string) {
  return fetch(`${origin}/api/health`).then((response) => response.status, () => 0);
}

test("a database outage: 503 while it lasts, the same server recovers, no acknowledged review is lost", async ({ browser }) => {
  test.setTimeout(300_000);
  let database: FaultDatabase | undefined;
  let app: SecondAppServer | undefined;
  try {
    database = await startFaultDatabase();
    app = await startSecondAppServer(database.url);
    const { origin } = app;
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const slugs = (await sql<{ slug: string }[]>`select slug from films order by id`).map((row) => row.slug);
    await sql.end();
    const members = await signedInPages(browser, origin);

    let isDone = false;
    const views: PageView[] = [];
    const acknowledged: Acknowledgement[] = [];
    const load = [
      viewPages(origin, () => isDone, views),
      ...members.map(({ login, page }, index) =>
        postReviews(page, login, slugs.filter((_, position) => position % members.length === index), () => isDone, acknowledged),
      ),
    ];

    // Each phase lasts until it has shown what it must, however busy the machine: a review saved before the outage,
    // the app noticing it, PostgreSQL back, then a review saved and pages served after it.
    const acknowledgedSince = (at: number) => acknowledged.filter((post) => post.at > at).length;
    await expect.poll(() => acknowledged.length, { timeout: 90_000 }).toBeGreaterThan(0);
    await database.stop();
    await expect.poll(() => healthStatus(origin), { timeout: 20_000 }).toBe(503);
    const noticedAt = Date.now();
    await sleep(5_000);
    const restartedAt = Date.now();
    await database.start();
    await expect.poll(() => healthStatus(origin), { timeout: 30_000 }).toBe(200);
    const recoveredAt = Date.now();
    await expect.poll(() => acknowledgedSince(recoveredAt), { timeout: 90_000 }).toBeGreaterThan(0);
    // A probe that began before PostgreSQL was back may hold "down" for its second: pages are judged after that.
    const isAfterRecovery = (view: PageView) => view.startedAt > recoveredAt + 3_000;
    await expect.poll(() => views.filter(isAfterRecovery).length, { timeout: 30_000 }).toBeGreaterThan(2);
    isDone = true;
    await Promise.all(load);

    // Once the app knew, every page that needed the database said so, with a 503 and the page for people.
    const duringOutage = views.filter((view) => view.startedAt >= noticedAt && view.finishedAt < restartedAt);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(duringOutage.filter((view) => view.status !== 503 || !view.isUnavailablePage)).toEqual([]);
    // The same server answers again: no restart, its connections to PostgreSQL made afresh.
    expect(views.filter(isAfterRecovery).filter((view) => view.status !== 200)).toEqual([]);

    // Every review a member saw saved is there, as they wrote it.
    const check = postgres(database.url, { max: 1, onnotice: () => {} });
    const stored = await check<{ login: string; slug: string; body: string }[]>`
      select u.username as login, f.slug, r.body from reviews r join users u on u.id = r.user_id join films f on f.id = r.film_id
      where r.body like 'Seen during the fault test,%'`;
    await check.end();
    const storedKeys = new Set(stored.map((row) => `${row.login}|${row.slug}|${row.body}`));
    expect(acknowledged.filter((post) => !storedKeys.has(`${post.login}|${post.slug}|${post.body}`))).toEqual([]);
  } finally {
    await app?.stop();
    await database?.dispose();
  }
});
