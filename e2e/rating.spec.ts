// The stars beside a film's rating: a rating given in one tap, saved by itself, seen by everyone at once.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { expectStrangerSees } from "./support/stranger";

const FILM = "/films/ikiru-1952";

function yourRating(page: Page) {
  return page.getByRole("group", { name: "Your rating" });
}

/** A stranger's copy of the film page lists `username` among the ratings without a review, with `stars`. */
function listsBareRating(username: string, stars: string) {
  return ({ body }: { body: string }) => {
    const list = body.split("Ratings without a review")[1] ?? "";
    return new RegExp(`>${username}</a>.*?aria-label="${stars}"`, "s").test(list);
  };
}

test("a member rates a film in one tap beside its rating, and a stranger sees it at once", async ({
  page,
  baseURL,
}) => {
  const username = await createMember("one_tap");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto(FILM);
  const stars = yourRating(page);
  // In rating order: trash, then half stars upwards (drawn once the page knows who is signed in).
  await expect(stars.getByRole("radio")).toHaveCount(11);
  const names = await stars.getByRole("radio").evaluateAll((radios) => radios.map((radio) => radio.ariaLabel));
  expect(names).toEqual([
    "Trash (0 stars)",
    "0.5 stars out of 5",
    ...[1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((value) => `${value} ${value === 1 ? "star" : "stars"} out of 5`),
  ]);

  await stars.getByRole("radio", { name: "4 stars out of 5" }).click();
  await expect(stars.getByRole("radio", { name: "4 stars out of 5" })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved: 4 stars out of 5.");
  await expectStrangerSees(
    `${baseURL}${FILM}`,
    listsBareRating(username, "4 stars out of 5"),
    "the new rating",
    Date.now(),
  );
  // The review box below starts from the same rating, and saving text there keeps it.
  const box = page.getByRole("region", { name: "Your review" });
  await expect(box.getByRole("radio", { name: "4 stars out of 5" })).toBeChecked();
});

test("the stars answer the keyboard as a radio group: right raises, left lowers, saved once the keys rest", async ({
  page,
}) => {
  const username = await createMember("keyboard_rating");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto(FILM);
  const stars = yourRating(page);
  await stars.getByRole("radio", { name: "3 stars out of 5" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved: 3 stars out of 5.");

  await expect(stars.getByRole("radio", { name: "3 stars out of 5" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(stars.getByRole("radio", { name: "3.5 stars out of 5" })).toBeChecked();
  await expect(stars.getByRole("radio", { name: "3.5 stars out of 5" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved: 3.5 stars out of 5.");

  // What was saved is what a reload shows.
  await page.reload();
  await expect(yourRating(page).getByRole("radio", { name: "3.5 stars out of 5" })).toBeChecked();
  await expect(
    page.getByRole("region", { name: "Your review" }).getByRole("radio", { name: "3.5 stars out of 5" }),
  ).toBeChecked();
});

test("a refused save keeps the stars the member chose, as well as the text", async ({ page }) => {
  await signIn(page, await createMember("refused_save"), MEMBER_PASSWORD);
  await page.goto(FILM);
  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "2.5 stars out of 5" }).check();
  // Longer than a review may be: the page's limit is passed by setting the value from a script.
  await box.getByLabel("Review").evaluate((area: HTMLTextAreaElement) => (area.value = "x".repeat(6000)));
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(box.getByText(/A review can be at most/)).toBeVisible();
  await expect(box.getByRole("radio", { name: "2.5 stars out of 5" })).toBeChecked();
});

test("on a phone the stars are on the first screen, under the film's rating", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const username = await createMember("phone_rating");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto(FILM);
  const trash = yourRating(page).getByRole("radio", { name: "Trash (0 stars)" });
  await expect(trash).toBeEnabled();
  const box = (await yourRating(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await trash.click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved: Trash (0 stars).");
});

test("a visitor signs in from the header and is back on the film, ready to rate it", async ({ page }) => {
  const username = await createMember("header_sign_in");
  await page.goto(FILM);
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Username or email", { exact: true }).fill(username);
  await page.getByLabel("Password", { exact: true }).fill(MEMBER_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${FILM}$`));
  await expect(yourRating(page).getByRole("radio", { name: "5 stars out of 5", exact: true })).toBeEnabled();
});

/**
 * The text of each script the page fetches from now on, read as it arrives: a body
 * can no longer be read once the page has navigated away, and a script of the page
 * left behind (still loading when `goto` began) is no part of what is checked.
 */
function scriptsFetchedBy(page: Page) {
  const texts: Promise<string | null>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    texts.push(response.text().catch(() => null));
  });
  return texts;
}

/** Whether one of the scripts holds the diary form's code (the message key of its heading, kept by the minifier). */
async function holdDiaryForm(scripts: Promise<string | null>[]) {
  const texts = await Promise.all(scripts);
  return texts.some((text) => text?.includes('"logViewing"'));
}

test("a visitor's film page fetches none of a member's tools; a member's fetches them once signed in", async ({
  browser,
  page,
}) => {
  const visitor = await browser.newPage();
  const visitorScripts = scriptsFetchedBy(visitor);
  await visitor.goto(FILM);
  await expect(visitor.getByRole("link", { name: "Sign in to rate" })).toBeVisible();
  expect(visitorScripts.length).toBeGreaterThan(0);
  expect(await holdDiaryForm(visitorScripts)).toBe(false);
  await visitor.close();

  const username = await createMember("lazy_tools");
  await signIn(page, username, MEMBER_PASSWORD);
  const memberScripts = scriptsFetchedBy(page);
  await page.goto(FILM);
  await expect(yourRating(page).getByRole("radio")).toHaveCount(11);
  await expect(page.getByRole("heading", { name: "Log a viewing" })).toBeVisible();
  expect(await holdDiaryForm(memberScripts)).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the stars are a form with a button that saves the rating alone", async ({ page, baseURL }) => {
    const username = await createMember("nojs_rating");
    await page.goto("/sign-in");
    await page.getByLabel("Username or email", { exact: true }).fill(username);
    await page.getByLabel("Password", { exact: true }).fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.goto(FILM);
    const stars = yourRating(page);
    await stars.getByRole("radio", { name: "2.5 stars out of 5" }).check();
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page).toHaveURL(new RegExp(`${FILM}$`));
    await expectStrangerSees(
      `${baseURL}${FILM}`,
      listsBareRating(username, "2.5 stars out of 5"),
      "the new rating",
      Date.now(),
    );
  });
});
