// The film editor's countries: a combobox that finds countries as the admin types, with or without accents, picked by
// keyboard and shown as chips; without JavaScript the plain multiple select it replaces. Either way the public film
// page shows what was saved to the next visitor. Each test makes a film of its own: demo films' countries are on
// pages other tests check.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";

const YEAR = "2025";

function uniqueTitle(name: string) {
  return `${name} ${Date.now().toString(36)}`;
}

function publicPathOf(title: string) {
  return `/films/${title.toLowerCase().replace(/ /g, "-")}-${YEAR}`;
}

/** Starts a new film, its countries left to the test; the film's editor opens once it is created. */
async function startFilm(page: Page, title: string) {
  await page.goto("/admin/films/new");
  await field(page, "Title").fill(title);
  await field(page, "Year").fill(YEAR);
}

async function createFilm(page: Page) {
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page).toHaveURL(/\/admin\/films\/\d+\?saved=created$/);
  await expect(page.getByRole("status").filter({ hasText: "The film is created." })).toBeVisible();
}

async function saveFilm(page: Page) {
  await page.getByRole("button", { name: "Save film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
}

/** What a visitor with no cookies, not the admin's browser, reads as the film's countries. */
async function expectVisitorSeesCountries(browser: Browser, title: string, shown: string[], gone: string[]) {
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto(publicPathOf(title));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (${YEAR})`);
  const countryLinks = page.getByRole("main").locator('a[href^="/countries/"]');
  for (const country of shown) await expect(countryLinks.filter({ hasText: country })).toBeVisible();
  for (const country of gone) await expect(countryLinks.filter({ hasText: country })).toHaveCount(0);
  await visitor.close();
}

test("an admin finds countries by typing, picks them with the keyboard and removes chips", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = uniqueTitle("Border Reel");
  await signInAsDemoMember(page, "admin");
  await startFilm(page, title);
  const countries = page.getByRole("combobox", { name: "Countries" });
  const chosen = page.getByRole("list", { name: "Chosen: Countries" });

  await countries.fill("south k");
  await expect(countries).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("option")).toHaveText(["South Korea KR"]);
  await countries.press("ArrowDown");
  await expect(countries).toHaveAttribute("aria-activedescendant", /.+/);
  await countries.press("Enter");
  await expect(countries).toHaveValue("");
  await expect(countries).toHaveAttribute("aria-expanded", "false");
  // By code as well as by name.
  await countries.fill("jp");
  await page.getByRole("option", { name: /^Japan/ }).click();
  await countries.fill("fran");
  await countries.press("ArrowDown");
  await countries.press("Enter");
  await expect(chosen.getByRole("button")).toHaveText(["Remove South Korea", "Remove Japan", "Remove France"]);
  // Backspace in the empty field takes back the last pick; Escape closes the list without picking.
  await countries.press("Backspace");
  await countries.fill("ital");
  await countries.press("Escape");
  await expect(countries).toHaveAttribute("aria-expanded", "false");
  await countries.fill("");
  await expect(countries).toHaveAttribute("aria-expanded", "false");
  await expect(chosen.getByRole("button")).toHaveText(["Remove South Korea", "Remove Japan"]);
  await createFilm(page);

  await expect(chosen.getByRole("button")).toHaveText(["Remove South Korea", "Remove Japan"]);
  // Accents and case do not matter: "MÉX" finds Mexico.
  await countries.fill("MÉX");
  await countries.press("ArrowDown");
  await countries.press("Enter");
  await page.getByRole("button", { name: "Remove Japan" }).click();
  await expect(countries).toBeFocused();
  await expect(chosen.getByRole("button")).toHaveText(["Remove South Korea", "Remove Mexico"]);
  await saveFilm(page);

  await expectVisitorSeesCountries(browser, title, ["South Korea", "Mexico"], ["Japan"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin chooses the countries in the plain multiple select", async ({ page, browser }) => {
    test.slow();
    const title = uniqueTitle("Plain Reel");
    // The header learns who signed in from the page's script: here the address after sign-in tells.
    await page.goto("/sign-in?returnTo=/admin/films/new");
    await field(page, "Username or email").fill("admin");
    await field(page, "Password").fill("marquee-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/films\/new$/, { timeout: 15_000 });

    await startFilm(page, title);
    await expect(page.getByRole("combobox", { name: "Countries" })).toHaveCount(0);
    await field(page, "Countries").selectOption(["KR", "JP"]);
    await createFilm(page);
    await expect(field(page, "Countries")).toHaveValues(["JP", "KR"]);
    await field(page, "Countries").selectOption(["KR", "MX"]);
    await saveFilm(page);

    await expectVisitorSeesCountries(browser, title, ["South Korea", "Mexico"], ["Japan"]);
  });
});
