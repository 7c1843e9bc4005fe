// A database outage under load, on a PostgreSQL of this test's own: while it is down visitors get the "temporarily
// unavailable" page (503), and a member who posts is told nothing was saved and keeps the text; when it is back the
// same app server answers again, the same post goes through; and every review a member saw saved is in the database.
import { expect, test, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import {
  startSecondAppServer,
  startFaultDatabase,
  type SecondAppServer,
  type FaultDatabase,
} from "./support/fault-rig";
import { signInAsDemoMember } from "./support/forms";

const MEMBERS = ["kenji", "lucia_films", "popcorn_sam", "old_projector"];
/** Writes one review across the outage, in a form loaded before it. */
const OUTAGE_WRITER = "cinephile_anna";
const OUTAGE_REVIEW = "Written while the database was away, and kept.";
// A member may save ten reviews a minute: one every six and a half seconds stays under it.
const POST_INTERVAL_MS = 6_500;
const STEP_TIMEOUT_MS = 15_000;

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

interface PostRecord {
  acknowledged: Acknowledgement[];
  refusals: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pages that need the database (a new search, a new Discover), one after another until told to stop. */
async function viewPages(origin: string, isDone: () => boolean, views: PageView[]) {
  for (let n = 0; !isDone(); n += 1) {
    const path = n % 2 === 0 ? `/search?q=fault+${n}` : `/discover?yearFrom=${1900 + (n % 100)}&yearTo=2000`;
    const startedAt = Date.now();
    const response = await fetch(`${origin}${path}`).catch(() => undefined);
    const body = response ? await response.text() : "";
    views.push({
      startedAt,
      finishedAt: Date.now(),
      status: response?.status ?? 0,
      isUnavailablePage: body.includes("Marquee is temporarily unavailable"),
    });
    await sleep(100);
  }
}

/**
 * Rates and reviews film after film; what the page says is saved is acknowledged, and why it was not is kept as a
 * refusal. A fresh server renders each film page for the first time while the rest of the suite runs beside it, so
 * each step may take a while: the outage, not the machine, is what should refuse a review.
 */
async function postReviews(page: Page, login: string, slugs: string[], isDone: () => boolean, record: PostRecord) {
  for (const slug of slugs) {
    if (isDone()) return;
    const startedAt = Date.now();
    const body = `Seen during the fault test, ${login} on ${slug}.`;
    try {
      const response = await page.goto(`/films/${slug}`);
      if (response?.status() !== 200) throw new Error(`the film page answered ${response?.status()}`);
      const box = page.getByRole("region", { name: "Your review" });
      await box.getByRole("radio", { name: "4 stars out of 5" }).check({ timeout: STEP_TIMEOUT_MS });
      await box.getByLabel("Review").fill(body, { timeout: STEP_TIMEOUT_MS });
      await box.getByRole("button", { name: "Save review" }).click({ timeout: STEP_TIMEOUT_MS });
      await expect(box.getByRole("status")).toHaveText("Your review is saved.", { timeout: STEP_TIMEOUT_MS });
      record.acknowledged.push({ login, slug, body, at: Date.now() });
    } catch (error) {
      // Not acknowledged: nothing is claimed for it.
      record.refusals.push(`${login} on ${slug}: ${String(error).split("\n")[0]}`);
    }
    await sleep(Math.max(0, POST_INTERVAL_MS - (Date.now() - startedAt)));
  }
}

/** Each member's share of the catalogue, without the films the demo data has them review already. */
async function filmsToReview(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const rows = await sql<{ slug: string; reviewedBy: string[] }[]>`
    select f.slug, coalesce(array_agg(u.username) filter (where u.username is not null), '{}') as "reviewedBy"
    from films f left join reviews r on r.film_id = f.id left join users u on u.id = r.user_id
    group by f.id order by f.id`;
  await sql.end();
  return new Map(
    MEMBERS.map((login, index) => [
      login,
      rows
        .filter((row, position) => position % MEMBERS.length === index && !row.reviewedBy.includes(login))
        .map((row) => row.slug),
    ]),
  );
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

/** A member's review form, rated and written, on a film the member has not reviewed, loaded while all is well. */
async function reviewFormReady(browser: Browser, origin: string, databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [film] = await sql<{ slug: string }[]>`
    select f.slug from films f
    where not exists (select 1 from reviews r join users u on u.id = r.user_id where r.film_id = f.id and u.username = ${OUTAGE_WRITER})
    order by f.id desc limit 1`;
  await sql.end();
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  await signInAsDemoMember(page, OUTAGE_WRITER);
  await page.goto(`/films/${film!.slug}`);
  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "4 stars out of 5" }).check();
  await box.getByLabel("Review").fill(OUTAGE_REVIEW);
  return box;
}

async function statusOf(origin: string, path: string) {
  return fetch(`${origin}${path}`).then(
    (response) => response.status,
    () => 0,
  );
}

test("a database outage: 503 while it lasts, the same server recovers, no acknowledged review is lost", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  let database: FaultDatabase | undefined;
  let app: SecondAppServer | undefined;
  try {
    database = await startFaultDatabase();
    app = await startSecondAppServer(database.url);
    const { origin } = app;
    const films = await filmsToReview(database.url);
    const members = await signedInPages(browser, origin);
    const outageForm = await reviewFormReady(browser, origin, database.url);
    const save = outageForm.getByRole("button", { name: /Save review|Update review/ });

    let isDone = false;
    const views: PageView[] = [];
    const record: PostRecord = { acknowledged: [], refusals: [] };
    const { acknowledged } = record;
    const load = [
      viewPages(origin, () => isDone, views),
      ...members.map(({ login, page }) => postReviews(page, login, films.get(login) ?? [], () => isDone, record)),
    ];

    // Each phase lasts until it has shown what it must, however busy the machine: a review saved before the outage,
    // the app noticing it, PostgreSQL back, then a review saved and pages served after it.
    const acknowledgedSince = (at: number) => acknowledged.filter((post) => post.at > at).length;
    await expect
      .poll(() => acknowledged.length, { timeout: 90_000 })
      .toBeGreaterThan(0)
      .catch((error: unknown) => {
        throw new Error(
          `No review was saved before the outage. The last refusals:\n${record.refusals.slice(-8).join("\n")}`,
          { cause: error },
        );
      });
    await database.stop();
    await expect.poll(() => statusOf(origin, "/api/health"), { timeout: 20_000 }).toBe(503);
    const noticedAt = Date.now();
    await Promise.all([
      sleep(5_000),
      (async () => {
        // Posted while PostgreSQL is down: the form says so, and keeps the rating and the text for another try.
        await save.click();
        await expect(outageForm.getByText(/cannot reach its database just now, so nothing was saved/)).toBeVisible({
          timeout: STEP_TIMEOUT_MS,
        });
        await expect(outageForm.getByLabel("Review")).toHaveValue(OUTAGE_REVIEW);
        await expect(outageForm.getByRole("radio", { name: "4 stars out of 5" })).toBeChecked();
      })(),
    ]);
    const restartedAt = Date.now();
    await database.start();
    await expect.poll(() => statusOf(origin, "/api/health"), { timeout: 30_000 }).toBe(200);
    const recoveredAt = Date.now();
    // The app's own probe may hold "down" for its second after the health check sees PostgreSQL back: a post answered
    // in that second is saved, but the page it brings back cannot render and leaves the form waiting. The member
    // posts again once pages answer too.
    await expect.poll(() => statusOf(origin, "/"), { timeout: 30_000 }).toBe(200);
    // The same form, posted again with one click once the database is back, is saved.
    await expect(async () => {
      await save.click();
      await expect(outageForm.getByRole("status")).toHaveText("Your review is saved.", { timeout: STEP_TIMEOUT_MS });
    }).toPass({ timeout: 60_000 });
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
