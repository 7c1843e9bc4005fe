// A member's diary: viewings logged from a film's page, with JavaScript and without, seen at once by every other
// visitor on the member's diary and year in review; refused dates; the pages at a phone's width.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { field, signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";

const FILM = "/films/stalker-1979";
const TITLE = "Stalker (1979)";
const LISTED = `href="${FILM}"`;
// The answer to a click, then the member's viewings fetched again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** The day as the browser's clock has it, which the form fills in: the year and month the diary files it under. */
async function browserToday(page: Page) {
  const day = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  });
  return { year: day[0]!, month: String(day[1]).padStart(2, "0") };
}

/** A new member whose diary and year a stranger's visits have cached empty (the year as a 404). */
async function newDiarist(prefix: string, baseURL: string | undefined, year: number) {
  const username = await createMember(prefix);
  const diary = `${baseURL}/users/${username}/diary`;
  const yearPage = `${baseURL}/users/${username}/year/${year}`;
  await expectStrangerSees(diary, ({ body }) => body.includes("Nothing logged yet."), "the empty diary", Date.now());
  await expectStrangerSees(yearPage, ({ status }) => status === 404, "no year yet", Date.now());
  return { username, diary, yearPage };
}

const countOf = (text: string, part: string) => text.split(part).length - 1;

/** What a stranger sees once the member logged the film `viewings` times. */
async function expectStrangerSeesViewings(diarist: { diary: string; yearPage: string }, viewings: number) {
  // Both asked at once: each request must be sent within a second of the write, which one after the other may not be.
  const since = Date.now();
  await Promise.all([
    expectStrangerSees(
      diarist.diary,
      ({ status, body }) => status === 200 && countOf(body, LISTED) >= viewings,
      `${viewings} viewings in the diary`,
      since,
    ),
    expectStrangerSees(
      diarist.yearPage,
      ({ status, body }) => status === 200 && body.includes(`${viewings} viewing`),
      `${viewings} viewings in the year`,
      since,
    ),
  ]);
}

function diaryForm(page: Page) {
  return page.getByRole("form", { name: "Log a viewing" });
}

async function signInAtFilm(page: Page, username: string) {
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto(FILM);
  await expect(page.getByText("You have not logged this film yet.")).toBeVisible(ANSWERED);
}

test("a member logs a film twice, a rewatch rated and reviewed; a different visitor sees both at once", async ({
  page,
  browser,
  baseURL,
}) => {
  // Two saves, each seen by strangers, then a visitor's tour of three pages: long on a busy machine.
  test.slow();
  await page.goto("/");
  const today = await browserToday(page);
  const diarist = await newDiarist("diarist", baseURL, today.year);
  await signInAtFilm(page, diarist.username);

  const form = diaryForm(page);
  await form.getByRole("button", { name: "Log viewing" }).click();
  const viewings = page.getByRole("list", { name: "Your viewings" }).getByRole("listitem");
  await expect(viewings).toHaveCount(1, ANSWERED);
  await expectStrangerSeesViewings(diarist, 1);

  await form.getByLabel("I had seen it before (a rewatch)").check();
  await form.getByRole("radio", { name: "4 stars out of 5", exact: true }).click();
  await form.getByLabel("Review (optional)").fill("The Zone asks for patience, and repays it.");
  await form.getByRole("button", { name: "Log viewing" }).click();
  await expect(viewings).toHaveCount(2, ANSWERED);
  await expect(viewings.first()).toContainText("(rewatch)");
  await expect(form.getByLabel("Review (optional)")).toHaveValue("");
  // The rated viewing rated the film: the stars beside its rating and the review box say so.
  await expect(
    page.getByRole("region", { name: "Your review" }).getByRole("radio", { name: "4 stars out of 5", exact: true }),
  ).toBeChecked(ANSWERED);
  await expectStrangerSeesViewings(diarist, 2);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(diarist.diary);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${diarist.username}’s diary`);
  const listed = visitor.getByRole("list", { name: /^Viewings in / }).getByRole("listitem");
  await expect(listed).toHaveCount(2);
  await expect(listed.first().getByRole("link", { name: TITLE })).toBeVisible();
  await expect(listed.first()).toContainText("rewatch");
  await expect(listed.first().getByRole("img", { name: "4 stars out of 5" })).toBeVisible();
  await expect(listed.nth(1)).not.toContainText("rewatch");
  // The month has an address of its own, and the year in review is linked from it.
  await visitor.goto(`${diarist.diary}/${today.year}/${today.month}`);
  await expect(listed).toHaveCount(2);
  await visitor.getByRole("link", { name: String(today.year), exact: true }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${diarist.username}’s ${today.year} in films`);
  const numbers = visitor.getByRole("definition");
  await expect(numbers).toHaveText(["1 film", "2 viewings", "1 rewatch", "5 hours"]);
  await expect(
    visitor.getByRole("list", { name: "Highest rated films of the year" }).getByRole("link", { name: TITLE }),
  ).toBeVisible();
  await expect(visitor.getByRole("list", { name: "Films by decade" })).toContainText("1970s");
  // The review went to the film's page, for everyone.
  await visitor.goto(FILM);
  await expect(visitor.getByText("The Zone asks for patience, and repays it.")).toBeVisible();
  await visitor.context().close();

  // A viewing deleted goes from the diary too.
  await viewings
    .last()
    .getByRole("button", { name: /^Delete the viewing of / })
    .click();
  await expect(viewings).toHaveCount(1, ANSWERED);
  const since = Date.now();
  await expectStrangerSees(diarist.diary, ({ body }) => countOf(body, LISTED) === 1, "one viewing left", since);
});

test("a date before films or still to come is refused by its field, and nothing typed is lost", async ({ page }) => {
  const username = await createMember("bad_date");
  await signInAtFilm(page, username);
  const form = diaryForm(page);
  await form.getByLabel("Date watched").fill("1850-06-01");
  await form.getByLabel("I had seen it before (a rewatch)").check();
  await form.getByRole("radio", { name: "3 stars out of 5", exact: true }).click();
  await form.getByLabel("Review (optional)").fill("Words worth keeping.");
  await form.getByRole("button", { name: "Log viewing" }).click();

  await expect(form.getByText("Films were first shown in the 1870s: check the year.")).toBeVisible(ANSWERED);
  await expect(form.getByLabel("Date watched")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Date watched")).toHaveValue("1850-06-01");
  await expect(form.getByLabel("I had seen it before (a rewatch)")).toBeChecked();
  await expect(form.getByRole("radio", { name: "3 stars out of 5", exact: true })).toBeChecked();
  await expect(form.getByLabel("Review (optional)")).toHaveValue("Words worth keeping.");
  await expect(page.getByText("You have not logged this film yet.")).toBeVisible();

  await form.getByLabel("Date watched").fill("2999-01-01");
  await form.getByRole("button", { name: "Log viewing" }).click();
  await expect(form.getByText("That day has not come yet.")).toBeVisible(ANSWERED);
  await expect(form.getByLabel("Review (optional)")).toHaveValue("Words worth keeping.");
});

test("a month or year not written as one, an empty one, or a member who does not exist, is a real 404", async ({
  request,
}) => {
  const username = await createMember("diary_404");
  const base = `/users/${username}`;
  for (const path of [
    `${base}/diary/2026/13`,
    `${base}/diary/2026/3`,
    `${base}/diary/1700/01`,
    `${base}/diary/2020/01`,
    `${base}/year/2020`,
    `${base}/year/20x0`,
    "/users/no_such_member/diary",
    "/users/no_such_member/year/2026",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get(`${base}/diary`)).status()).toBe(200);
  // The profile links the diary.
  expect(await (await request.get(base)).text()).toContain(`href="${base}/diary"`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member logs a viewing with a plain form post, the date left for today", async ({ page, baseURL }) => {
    const year = new Date().getUTCFullYear();
    const diarist = await newDiarist("nojs_diarist", baseURL, year);
    await page.goto(`/sign-in?returnTo=${FILM}`);
    await field(page, "Username or email").fill(diarist.username);
    await field(page, "Password").fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${FILM}$`));

    const form = diaryForm(page);
    await expect(form.getByLabel("Date watched")).toHaveValue("");
    await form.getByLabel("I had seen it before (a rewatch)").check();
    await form.getByRole("button", { name: "Log viewing" }).click();
    // The post is answered with a redirect back to the film (Post/Redirect/Get).
    await expect(page).toHaveURL(new RegExp(`${FILM}$`));
    await expectStrangerSeesViewings(diarist, 1);

    // The member's own diary page lists it with a plain form to delete it.
    await page.getByRole("region", { name: "Your diary" }).getByRole("link", { name: "your diary" }).click();
    await expect(page).toHaveURL(/\/diary$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your diary");
    await page.getByRole("button", { name: /^Delete the viewing of / }).click();
    await expect(page).toHaveURL(/\/diary$/);
    await expect(page.getByText("Nothing logged yet.")).toBeVisible();
    const since = Date.now();
    await Promise.all([
      expectStrangerSees(
        diarist.diary,
        ({ status, body }) => status === 200 && countOf(body, LISTED) === 0,
        "the diary without the viewing",
        since,
      ),
      expectStrangerSees(diarist.yearPage, ({ status }) => status === 404, "the year with nothing logged", since),
    ]);
  });
});

test.describe("on a phone", () => {
  const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };

  async function expectFits(browser: Browser, url: string, what: string) {
    const visitor = await (await browser.newContext(phone)).newPage();
    await visitor.goto(url);
    expect(await overflowOf(visitor), what).toEqual({ beyond: 0, stickingOut: [] });
    await visitor.context().close();
  }

  test("the diary and the year in review fit 360 px", async ({ page, browser, baseURL }) => {
    await page.goto("/");
    const today = await browserToday(page);
    const diarist = await newDiarist("phone_diarist", baseURL, today.year);
    await signInAtFilm(page, diarist.username);
    const form = diaryForm(page);
    await form.getByRole("radio", { name: "5 stars out of 5", exact: true }).click();
    await form.getByRole("button", { name: "Log viewing" }).click();
    // The stranger's second counts from the write's answer, not from the click.
    await expect(page.getByRole("list", { name: "Your viewings" }).getByRole("listitem")).toHaveCount(1, ANSWERED);
    await expectStrangerSeesViewings(diarist, 1);
    await expectFits(browser, diarist.diary, "the diary page");
    await expectFits(browser, diarist.yearPage, "the year in review");
  });
});
