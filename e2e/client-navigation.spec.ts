// What a visitor's client-side navigation shows after a write, on either of the server's workers: the router asks
// for a page's RSC payload, which the page cache keeps beside the page's HTML, and both must be the same version.
// The genres index is prerendered by the build, whose copy of the payload stays on disk beside the page.
import { expect, test, type Browser } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";

/** Enough strangers that the server's workers each answer some: a new browser context makes new connections. */
const STRANGERS = 4;

/** The number of dramas the genres index shows a stranger who reaches it with the footer's link from a film. */
async function dramasSeenByStranger(browser: Browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto("/films/escape-2024");
    await page.getByRole("contentinfo").getByRole("link", { name: "Genres" }).click();
    await expect(page).toHaveURL(/\/genres$/);
    const drama = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Drama", exact: true }) });
    return Number((await drama.textContent())?.match(/(\d+) films?$/)?.[1]);
  } finally {
    await context.close();
  }
}

test("after an admin adds a film, every stranger who navigates to the genres index sees it counted", async ({
  browser,
  page,
}) => {
  test.slow();
  // Both workers read the index as the build made it, as visitors did before the write.
  const before = [];
  for (let stranger = 0; stranger < STRANGERS; stranger += 1) before.push(await dramasSeenByStranger(browser));

  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/films/new");
  await field(page, "Title").fill(`Navigated Reel ${Date.now().toString(36)}`);
  await field(page, "Year").fill("2025");
  await page.getByRole("checkbox", { name: "Drama" }).check();
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The film is created." })).toBeVisible();

  // Tests beside this one may add dramas too, never take one away.
  const atLeast = Math.max(...before) + 1;
  for (let stranger = 0; stranger < STRANGERS; stranger += 1) {
    expect(await dramasSeenByStranger(browser), `stranger ${stranger + 1}`).toBeGreaterThanOrEqual(atLeast);
  }
});
