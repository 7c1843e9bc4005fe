// What a visitor who did not write sees, and how soon (docs/freshness.md): a review saved, edited, deleted or hidden
// shows on its film, its permalink, its author's profile, the home page and the feeds within a second, asked for by a
// stranger (no cookies, a new connection each time) — on the server that took the write and on any other one.
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD, reportReview } from "./support/members";
import { deleteOwnReview, permalinkOf, reportedReviewInQueue } from "./support/reviews";
import { getAsStranger, type StrangerView } from "../scripts/stranger-get";
import { expectStrangerSees } from "./support/stranger";

// One after the other, and in the slow project, after the rest of the suite: a page another test renders at the
// moment of a write can be shown once more with the old data (docs/freshness.md, "Renders in flight").
test.describe.configure({ mode: "serial" });

interface Route {
  film: string;
  /** Where the member and the admin write. */
  writeThrough: string;
  /** The app servers strangers read from. */
  readFrom: string[];
}

/** Every page a review shows on, as strangers ask for them on each server, all at once right after the write. */
async function expectEverywhere(
  route: Route,
  username: string,
  reviewId: number,
  isSeen: (view: StrangerView) => boolean,
  what: string,
) {
  const since = Date.now();
  const { film } = route;
  const paths = [
    `/films/${film}`,
    `/reviews/${reviewId}`,
    `/users/${username}`,
    "/",
    "/feed.xml",
    `/films/${film}/feed.xml`,
    `/users/${username}/feed.xml`,
  ];
  await Promise.all(
    route.readFrom.flatMap((origin) =>
      paths.map((pagePath) => expectStrangerSees(origin + pagePath, isSeen, what, since)),
    ),
  );
}

const showing = (text: string) => (view: StrangerView) => view.status === 200 && view.body.includes(text);
const without = (text: string) => (view: StrangerView) => !view.body.includes(text);

async function followReviewWrites(browser: Browser, route: Route) {
  const username = await createMember("fresh");
  const member = await (await browser.newContext({ baseURL: route.writeThrough })).newPage();
  await signIn(member, username, MEMBER_PASSWORD);
  const box = member.getByRole("region", { name: "Your review" });
  const token = Date.now().toString(36);

  const saveReview = async (text: string) => {
    await member.goto(`/films/${route.film}`);
    await box.getByRole("radio", { name: "4 stars out of 5" }).check();
    await box.getByLabel("Review").fill(text);
    await box.getByRole("button", { name: /^(Save|Update) review$/ }).click();
    await expect(box.getByRole("status")).toHaveText("Your review is saved.");
    const mine = member.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: text });
    return Number((await permalinkOf(mine).getAttribute("href"))!.split("/").pop());
  };

  const saved = `Saved ${token} and seen by everyone`;
  const reviewId = await saveReview(saved);
  await expectEverywhere(route, username, reviewId, showing(saved), "the saved review");

  const edited = `Edited ${token} and seen by everyone`;
  await saveReview(edited);
  // The permalink keeps the saved text among the earlier versions.
  await expectEverywhere(route, username, reviewId, showing(edited), "the edited text");

  await member.goto(`/reviews/${reviewId}`);
  await deleteOwnReview(box);
  await expect(member).toHaveURL(new RegExp(`/films/${route.film}$`));
  await expectEverywhere(route, username, reviewId, without(edited), "no deleted review");

  const hidden = `Hidden ${token} by a moderator`;
  const secondId = await saveReview(hidden);
  await expectEverywhere(route, username, secondId, showing(hidden), "the second review");
  await reportReview(secondId, "petr_novak");
  const { reported: queued } = await reportedReviewInQueue(browser, hidden, { baseURL: route.writeThrough });
  await queued.getByLabel("Reason").fill("Testing what strangers see");
  await queued.getByRole("button", { name: "Hide" }).click();
  await expect(queued).toHaveCount(0);
  await expectEverywhere(route, username, secondId, without(hidden), "no hidden review");
}

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
