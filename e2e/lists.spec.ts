// Members' lists: made, filled from films' pages and reordered by their owner, with JavaScript and without; seen by
// every other visitor at once on the list's page and as "In N lists" on the films' pages; private lists are 404s.
import { expect, test, type Page } from "@playwright/test";
import { field, signInAsDemoMember, signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";

// The answer to a click, then the member's lists fetched again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** Makes a list through the form, as the signed-in member; the address of its edit page. */
async function makeList(page: Page, title: string, { ranked = false, isPublic = true } = {}) {
  await page.goto("/lists/new");
  await field(page, "Title").fill(title);
  await field(page, "Description").fill("Films that stay with you.\nIn no hurry.");
  if (ranked) await page.getByLabel(/^Ranked/).check();
  if (!isPublic) await page.getByLabel(/^Public/).uncheck();
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page).toHaveURL(/\/lists\/\d+\/edit$/, ANSWERED);
  return new URL(page.url()).pathname;
}

/** Adds the film to the member's latest list from the film's page, with a note. */
async function addFromFilmPage(page: Page, filmPath: string, note: string) {
  await page.goto(filmPath);
  const adder = page.locator("details").filter({ hasText: "Add to a list" });
  await adder.getByText("Add to a list").click();
  await adder.getByLabel("Note", { exact: true }).fill(note);
  await adder.getByRole("button", { name: "Add to list" }).click();
  await expect(adder.getByRole("status").filter({ hasText: "Added." })).toBeVisible(ANSWERED);
}

const filmsOn = (page: Page) => page.getByRole("list", { name: "Films on the list" }).getByRole("listitem");

test("a member makes a ranked list, fills and reorders it, and a different visitor sees it at once", async ({
  page,
  browser,
  baseURL,
}) => {
  const username = await createMember("lister");
  await signIn(page, username, MEMBER_PASSWORD);
  const title = `Zone and bar ${Date.now()}`;
  const editPath = await makeList(page, title, { ranked: true });
  await addFromFilmPage(page, "/films/casablanca-1942", "Play it again.");
  await addFromFilmPage(page, "/films/stalker-1979", "Into the zone.");
  await expectStrangerSees(
    `${baseURL}/films/stalker-1979`,
    ({ body }) => body.includes("In 1 list"),
    "“In 1 list” on the film's page",
    Date.now(),
  );

  await page.goto(editPath);
  await expect(filmsOn(page).first()).toContainText("Casablanca (1942)");
  await page.getByRole("button", { name: "Move Stalker (1979) up" }).click();
  await expect(filmsOn(page).first()).toContainText("Stalker (1979)", ANSWERED);
  const since = Date.now();

  const listUrl = `${baseURL}/users/${username}/lists/${title.toLowerCase().replace(/ /g, "-")}`;
  await expectStrangerSees(
    listUrl,
    ({ status, body }) =>
      status === 200 &&
      body.includes("Into the zone.") &&
      body.indexOf("Stalker (1979)") < body.indexOf("Casablanca (1942)"),
    "the list in its new order, with its notes",
    since,
  );

  const visitor = await (await browser.newContext()).newPage();
  const feed = await visitor.request.get(`${listUrl}/feed.xml`);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const entries = [...(await feed.text()).matchAll(/<entry>.*?<content type="text">(.*?)<\/content>/gs)];
  expect(entries.map((entry) => entry[1])).toEqual(["Into the zone.", "Play it again."]);
  await visitor.goto(listUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const itemList = JSON.parse(
    (await visitor.locator('script[type="application/ld+json"]').allTextContents()).find((json) =>
      json.includes('"ItemList"'),
    )!,
  );
  expect(itemList.itemListElement.map((item: { name: string }) => item.name)).toEqual([
    "Stalker (1979)",
    "Casablanca (1942)",
  ]);
  await expect(visitor.getByText(/A ranked list by/)).toContainText(username);
  await expect(filmsOn(visitor)).toHaveCount(2);
  for (const [index, [film, note]] of [
    ["Stalker (1979)", "Into the zone."],
    ["Casablanca (1942)", "Play it again."],
  ].entries()) {
    const row = filmsOn(visitor).nth(index);
    await expect(row.getByRole("link", { name: film })).toBeVisible();
    await expect(row).toContainText(note!);
    // Ranked: each film's number, shown before it.
    await expect(row).toContainText(String(index + 1));
  }
  await expect(visitor.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/feed\.xml$/,
  );
  await visitor.goto("/films/stalker-1979");
  await visitor.getByRole("link", { name: "In 1 list" }).click();
  await expect(visitor).toHaveURL(/\/films\/stalker-1979\/lists$/);
  await expect(visitor.getByRole("list", { name: "Lists" }).getByRole("link", { name: title })).toBeVisible();
  await visitor.goto(`/users/${username}`);
  await visitor.getByRole("link", { name: "Lists", exact: true }).click();
  await expect(visitor.getByRole("list", { name: "Lists" }).getByRole("link", { name: title })).toBeVisible();
  await visitor.context().close();
});

test("a private list is a 404 to everyone else, and only its owner sees it", async ({ page, request }) => {
  const username = await createMember("secretive");
  await signIn(page, username, MEMBER_PASSWORD);
  const editPath = await makeList(page, "Guilty pleasures", { isPublic: false });
  await addFromFilmPage(page, "/films/seven-samurai-1954", "Nobody needs to know.");
  await page.goto(editPath);
  await expect(page.getByText("Private: only you can see this list.")).toBeVisible();
  await expect(filmsOn(page)).toHaveCount(1);

  expect((await request.get(`/users/${username}/lists/guilty-pleasures`)).status()).toBe(404);
  expect((await request.get(`/users/${username}/lists/guilty-pleasures/feed.xml`)).status()).toBe(404);
  // The edit page asks a visitor to sign in, and names nothing.
  expect(await (await request.get(editPath)).text()).not.toContain("Guilty pleasures");
  const lists = await (await request.get(`/users/${username}/lists`)).text();
  expect(lists).not.toContain("Guilty pleasures");
  expect(await (await request.get("/films/seven-samurai-1954")).text()).not.toMatch(/In \d+ lists?/);
});

test("a title too long is refused with its field's error, the other fields keeping what was typed", async ({
  page,
}) => {
  await signIn(page, await createMember("verbose"), MEMBER_PASSWORD);
  await page.goto("/lists/new");
  // Past what the field lets anyone type: what a hand-made post could send.
  await field(page, "Title").evaluate((input) => input.removeAttribute("maxlength"));
  await field(page, "Title").fill("x".repeat(201));
  await field(page, "Description").fill("Worth keeping.");
  await page.getByLabel(/^Ranked/).check();
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByText("A title can be at most 200 characters.")).toBeVisible(ANSWERED);
  await expect(field(page, "Title")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "Description")).toHaveValue("Worth keeping.");
  await expect(page.getByLabel(/^Ranked/)).toBeChecked();
  await expect(page).toHaveURL(/\/lists\/new$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member adds films to a new list and reorders it with plain form posts", async ({ page, baseURL }) => {
    const username = await createMember("nojs_lister");
    await page.goto("/sign-in?returnTo=/films/metropolis-1927");
    await field(page, "Username or email").fill(username);
    await field(page, "Password").fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/films\/metropolis-1927$/);

    await page.getByRole("link", { name: "Add to a list" }).click();
    await expect(page).toHaveURL(/\/lists\/add\?film=\d+$/);
    await field(page, "New list’s title").fill("Silent");
    await field(page, "Note").fill("The machine city.");
    await page.getByRole("button", { name: "Add to list" }).click();
    // Answered with a redirect to the list (Post/Redirect/Get).
    await expect(page).toHaveURL(/\/lists\/\d+\/edit/);
    await expect(filmsOn(page)).toHaveCount(1);

    await page.goto("/films/the-general-1926");
    await page.getByRole("link", { name: "Add to a list" }).click();
    await field(page, "List").selectOption({ label: "Silent" });
    await page.getByRole("button", { name: "Add to list" }).click();
    await expect(filmsOn(page)).toHaveCount(2);
    await page.getByRole("button", { name: "Move The General (1926) up" }).click();
    await expect(filmsOn(page).first()).toContainText("The General (1926)");

    await expectStrangerSees(
      `${baseURL}/users/${username}/lists/silent`,
      ({ status, body }) =>
        status === 200 &&
        body.includes("The machine city.") &&
        body.indexOf("The General (1926)") < body.indexOf("Metropolis (1927)"),
      "the list as the member left it",
      Date.now(),
    );
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  async function expectFits(page: Page, what: string) {
    expect(await overflowOf(page), what).toEqual({ beyond: 0, stickingOut: [] });
  }

  test("the list pages and the film page's form fit 360 px", async ({ page }) => {
    // A demo member: the header holds a short username on a phone (a made-up member's long one would not fit).
    const username = "kenji";
    await signInAsDemoMember(page, username);
    const title = `Phone list ${Date.now()}`;
    const editPath = await makeList(page, title, { ranked: true });
    await expectFits(page, "the new list's edit page");
    await addFromFilmPage(page, "/films/parasite-2019", "A long note that has to wrap on a narrow screen, and does.");
    await expectFits(page, "the film page, the form open");
    await page.goto(editPath);
    await expect(filmsOn(page)).toHaveCount(1);
    await expectFits(page, "the edit page with a film");
    await page.goto(`/users/${username}/lists/${title.toLowerCase().replace(/ /g, "-")}`);
    await expect(filmsOn(page)).toHaveCount(1);
    await expectFits(page, "the list's page");
    await page.goto("/lists/new");
    await expectFits(page, "the new list form");
  });
});
