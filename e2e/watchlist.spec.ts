// A member's watchlist: added to and taken from on a film's page, with JavaScript and without, and on their public
// watchlist page for every other visitor at once.
import { expect, test, type Page } from "@playwright/test";
import { field, signIn, signInAsDemoMember } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";

const FILM = "/films/ikiru-1952";
const LISTED = `href="${FILM}"`;
const EMPTY = "No films on this watchlist yet.";
// The answer to a click, then the member's state fetched again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** A new member's watchlist page, which a stranger's visit has cached empty, and their profile. */
async function newWatcher(prefix: string, baseURL: string | undefined) {
  const username = await createMember(prefix);
  const watchlist = `${baseURL}/users/${username}/watchlist`;
  await expectStrangerSees(watchlist, ({ body }) => body.includes(EMPTY), "the empty watchlist", Date.now());
  return { username, watchlist, profile: `${baseURL}/users/${username}` };
}

/** What a stranger sees once the member added or removed the film. */
async function expectStrangerSeesFilm(watcher: { watchlist: string; profile: string }, isListed: boolean) {
  // Both asked at once: each request must be sent within a second of the write, which one after the other may not be.
  const since = Date.now();
  await Promise.all([
    expectStrangerSees(
      watcher.watchlist,
      ({ status, body }) => status === 200 && body.includes(LISTED) === isListed,
      isListed ? "the film on the watchlist" : "the watchlist without the film",
      since,
    ),
    expectStrangerSees(
      watcher.profile,
      ({ body }) => body.includes(`Watchlist (${isListed ? 1 : 0})`),
      "the watchlist's count on the profile",
      since,
    ),
  ]);
}

test("a member adds a film from its page, a different visitor sees it on their watchlist at once, and it goes", async ({
  page,
  browser,
  baseURL,
}) => {
  const watcher = await newWatcher("watcher", baseURL);
  await signIn(page, watcher.username, MEMBER_PASSWORD);
  await page.goto(FILM);
  await page.getByRole("button", { name: "Add to watchlist" }).click();
  await expect(page.getByText("On your watchlist")).toBeVisible(ANSWERED);
  await expectStrangerSeesFilm(watcher, true);
  // Film cards anywhere carry the mark for the member; the cached page everyone gets has none.
  const knownFor = "/people/akira-kurosawa";
  await page.goto(knownFor);
  const card = page.getByRole("region", { name: "Known for" }).getByRole("link", { name: /^Ikiru \(1952\)/ });
  await expect(card.getByText("On your watchlist")).toBeVisible(ANSWERED);

  // The visitor's page, seen in a browser of their own.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(watcher.watchlist);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${watcher.username}’s watchlist`);
  await expect(
    visitor.getByRole("list", { name: "Watchlist" }).getByRole("link", { name: "Ikiru (1952)" }),
  ).toBeVisible();
  await expect(visitor.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`/users/${watcher.username}/watchlist$`),
  );
  await visitor.goto(knownFor);
  await expect(visitor.getByRole("region", { name: "Known for" }).getByRole("link").first()).toBeVisible();
  await expect(visitor.getByText("On your watchlist")).toHaveCount(0);
  // Signed out, the film's page offers to sign in instead.
  await visitor.goto(FILM);
  await visitor.getByRole("link", { name: "Sign in to add to your watchlist" }).click();
  await expect(visitor).toHaveURL(/\/sign-in\?returnTo=%2Ffilms%2Fikiru-1952$/);
  await visitor.context().close();

  await page.goto(FILM);
  await page.getByRole("button", { name: "Remove from watchlist" }).click();
  await expect(page.getByRole("button", { name: "Add to watchlist" })).toBeVisible(ANSWERED);
  await expect(page.getByText("On your watchlist")).toBeHidden();
  await expectStrangerSeesFilm(watcher, false);
});

test("an order or a page the watchlist does not have, or a member who does not exist, is a real 404", async ({
  request,
}) => {
  const username = await createMember("sorted");
  const base = `/users/${username}/watchlist`;
  for (const path of [`${base}/sideways/1`, `${base}/date/2`, `${base}/year/0`, "/users/no_such_member/watchlist"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of [base, `${base}/year/1`, `${base}/rating/1`]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member adds and removes a film with plain form posts", async ({ page, baseURL }) => {
    const watcher = await newWatcher("nojs_watcher", baseURL);
    await page.goto(`/sign-in?returnTo=${FILM}`);
    await field(page, "Username or email").fill(watcher.username);
    await field(page, "Password").fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${FILM}$`));

    await page.getByRole("button", { name: "Add to watchlist" }).click();
    // The post is answered with a redirect back to the film (Post/Redirect/Get).
    await expect(page).toHaveURL(new RegExp(`${FILM}$`));
    await expectStrangerSeesFilm(watcher, true);

    await page.getByRole("button", { name: "Remove from watchlist" }).click();
    await expect(page).toHaveURL(new RegExp(`${FILM}$`));
    await expectStrangerSeesFilm(watcher, false);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  async function expectFits(page: Page, what: string) {
    expect(await overflowOf(page), what).toEqual({ beyond: 0, stickingOut: [] });
  }

  test("the button and the watchlist page fit 360 px", async ({ page }) => {
    // A demo member: the header holds a short username on a phone (a made-up member's long one would not fit).
    const username = "kenji";
    await signInAsDemoMember(page, username);
    await page.goto(FILM);
    const button = page.getByRole("button", { name: "Add to watchlist" });
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expectFits(page, "the film page");
    await button.click();
    await expect(page.getByText("On your watchlist")).toBeVisible(ANSWERED);
    await expectFits(page, "the film page, the film on the watchlist");
    await page.goto(`/users/${username}/watchlist`);
    await expect(page.getByRole("list", { name: "Watchlist" }).getByRole("listitem")).toHaveCount(1);
    await expectFits(page, "the watchlist page");
  });
});

test("a member makes their watchlist private: it is a 404 to everyone else and leaves the profile, and stays theirs at /watchlist", async ({
  page,
  baseURL,
}) => {
  const watcher = await newWatcher("private", baseURL);
  await signIn(page, watcher.username, MEMBER_PASSWORD);
  await page.goto(FILM);
  await page.getByRole("button", { name: "Add to watchlist" }).click();
  await expect(page.getByText("On your watchlist")).toBeVisible(ANSWERED);
  await expectStrangerSeesFilm(watcher, true);

  await page.goto("/settings");
  await page.getByRole("radio", { name: /^Only me/ }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible(ANSWERED);
  const since = Date.now();
  await Promise.all([
    expectStrangerSees(watcher.watchlist, ({ status }) => status === 404, "the private watchlist's 404", since),
    expectStrangerSees(
      watcher.profile,
      ({ status, body }) => status === 200 && !body.includes("Watchlist ("),
      "the profile without its watchlist",
      since,
    ),
  ]);

  await page.goto("/watchlist");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your watchlist");
  await expect(page.getByText("Only you can see it.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Watchlist" }).getByRole("link", { name: "Ikiru (1952)" })).toBeVisible();

  // Without JavaScript too, the choice is a form: public again.
  const noScript = await (await page.context().browser()!.newContext({ javaScriptEnabled: false })).newPage();
  await noScript.goto("/sign-in?returnTo=/settings");
  await field(noScript, "Username or email").fill(watcher.username);
  await field(noScript, "Password").fill(MEMBER_PASSWORD);
  await noScript.getByRole("button", { name: "Sign in" }).click();
  await expect(noScript).toHaveURL(/\/settings$/);
  await noScript.getByRole("radio", { name: /^Everyone/ }).check();
  await noScript.getByRole("button", { name: "Save", exact: true }).click();
  await expect(noScript).toHaveURL(/\/settings$/);
  await expectStrangerSeesFilm(watcher, true);
  await noScript.context().close();
});
