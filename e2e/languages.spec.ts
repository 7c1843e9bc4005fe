import { expect, test } from "@playwright/test";
import { overflowOf } from "./support/overflow";

// Marquee speaks English at the site's root and Czech and Korean under /cs and /ko: the path says the language, so
// each page is one cached page per language; only the home page (/) looks at the visitor's choice or browser.

test("a Czech page is in Czech, and its links, search and 404s stay in Czech", async ({ page }) => {
  await page.goto("/cs");
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Filmy, lidé a co si o nich kdo myslí");
  await expect(page).toHaveTitle("Marquee — otevřená filmová databáze");

  await page.getByRole("navigation", { name: "Hlavní" }).getByRole("link", { name: "Žebříčky" }).click();
  await expect(page).toHaveURL(/\/cs\/charts$/);

  const search = page.getByRole("combobox", { name: "Hledat filmy a lidi" });
  await search.fill("escape");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/cs\/search\?q=escape$/);

  const response = await page.goto("/cs/films/no-such-film-1999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stránka nenalezena");
  await page.getByRole("link", { name: "Zpět na úvodní stránku" }).click();
  await expect(page).toHaveURL(/\/cs$/);
});

test("a page names itself in every language for search engines, English being the default", async ({ page }) => {
  await page.goto("/ko/films/escape-2024");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/ko\/films\/escape-2024$/,
  );
  for (const [language, path] of [
    ["en", "/films/escape-2024"],
    ["cs", "/cs/films/escape-2024"],
    ["ko", "/ko/films/escape-2024"],
    ["x-default", "/films/escape-2024"],
  ]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute(
      "href",
      new RegExp(`^https?://[^/]+${path}$`),
    );
  }
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ko_KR");
});

test("English has one address: its /en prefix redirects to the root", async ({ request }) => {
  const response = await request.get("/en/films/escape-2024", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/films/escape-2024");
});

test("the home page follows the browser's language until the visitor chooses one", async ({ browser }) => {
  const czechBrowser = await browser.newContext({ locale: "cs-CZ" });
  const page = await czechBrowser.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/cs$/);

  // Choosing English on any page is remembered: the home page then stays English for this browser.
  await page.goto("/cs/films/escape-2024");
  await page.getByRole("navigation", { name: "Jazyk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/films\/escape-2024$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Films, people and what everyone thinks of them");
  await czechBrowser.close();

  // Another Czech visitor, with no choice made, still lands on the Czech home page; an English one stays at /.
  const stranger = await browser.newContext({ locale: "cs-CZ" });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/");
  await expect(strangerPage).toHaveURL(/\/cs$/);
  await stranger.close();
  const englishVisitor = await browser.newContext({ locale: "en-GB" });
  const englishPage = await englishVisitor.newPage();
  await englishPage.goto("/");
  await expect(englishPage).toHaveURL(/\/$/);
  await englishVisitor.close();
});

test("the language switcher fits a 360 px phone and leads to the same page", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await page.goto("/films/escape-2024");
  const languages = page.getByRole("navigation", { name: "Language" });
  await languages.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/ko\/films\/escape-2024$/);
  await expect(page.getByRole("navigation", { name: "언어" }).getByRole("link", { name: "한국어" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect(await overflowOf(page)).toEqual({ beyond: 0, stickingOut: [] });
  await phone.close();
});
