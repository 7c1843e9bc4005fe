import { expect, test, type Page } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";

// A film's page in Czech or Korean leads with the title the film was released under in that language, as ČSFD or
// IMDb show the local title, with the original and the English title beside it; plots in the language come first.

function plotLanguages(page: Page) {
  return page
    .getByRole("region", { name: /^(Plot|Obsah|줄거리)$/ })
    .locator("figure")
    .evaluateAll((figures) => figures.map((figure) => figure.getAttribute("lang")));
}

test("a film's page leads with its title and plot in the page's language, the English title beside them", async ({
  page,
}) => {
  await page.goto("/cs/films/amelie-2001");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amélie z Montmartru (2001)");
  await expect(page).toHaveTitle(/^Amélie z Montmartru \(2001\)/);
  await expect(page.locator("p", { hasText: /^Původní název:/ })).toHaveText(
    "Původní název: Le Fabuleux Destin d'Amélie Poulain",
  );
  await expect(page.locator("p", { hasText: /^Další názvy:/ })).toContainText(
    "Amélie, The Fabulous Destiny of Amélie Poulain",
  );
  expect((await plotLanguages(page))[0]).toBe("cs");
  // Genres and countries are the catalogue's rows, named in English there.
  await expect(page.getByRole("link", { name: "Komedie", exact: true })).toHaveAttribute("href", "/cs/genres/comedy");
  await expect(page.getByRole("link", { name: "Francie", exact: true })).toHaveAttribute("href", "/cs/countries/fr");

  // The Korean original is the Korean reader's title: no "original title" line repeats it.
  await page.goto("/ko/films/escape-2024");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("탈주 (2024)");
  await expect(page.getByRole("heading", { level: 1 }).locator("[lang=ko]")).toHaveText("탈주");
  await expect(page.locator("p", { hasText: /^원제:/ })).toHaveCount(0);
  await expect(page.locator("p", { hasText: /^다른 제목:/ })).toHaveText("다른 제목: Escape, Run Away");
  await expect(page.getByRole("link", { name: "대한민국", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "스릴러", exact: true })).toBeVisible();
  expect(await plotLanguages(page)).toEqual(["ko", "en", "cs"]);

  await page.goto("/cs/films/the-firemens-ball-1967");
  await expect(page.getByRole("link", { name: "Československo", exact: true })).toBeVisible();

  await page.goto("/films/amelie-2001");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amélie (2001)");
  await expect(page.getByRole("link", { name: "France", exact: true })).toBeVisible();
  expect((await plotLanguages(page))[0]).toBe("en");
});

test("lists of films name each film as it is known in the page's language", async ({ page }) => {
  await page.goto("/cs/years/2001");
  await expect(page.locator('span[lang="cs"]', { hasText: "Cesta do fantazie" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Amélie z Montmartru \(2001\)/ })).toBeVisible();
  await page.goto("/ko/years/2001");
  await expect(page.locator('span[lang="ko"]', { hasText: "센과 치히로의 행방불명" })).toBeVisible();
  await page.goto("/years/2001");
  await expect(page.getByRole("link", { name: /^Spirited Away \(2001\)/ })).toBeVisible();

  // A filmography, and search: a Czech visitor finds a film by its Czech title and sees it titled so.
  await page.goto("/cs/people/hayao-miyazaki");
  await expect(page.getByRole("link", { name: "Můj soused Totoro", exact: true })).toBeVisible();
  await page.goto("/cs/search?q=sedm%20samuraju");
  await expect(page.getByRole("link", { name: "Sedm samurajů (1954)", exact: true })).toBeVisible();
});

test("a Czech title an admin adds leads the film's Czech page at once for everyone; the English page keeps its own", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  const title = `Reel ${suffix}`;
  const czechTitle = `Kotouč ${suffix}`;
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/films/new");
  await field(page, "Title").fill(title);
  await field(page, "Year").fill("2025");
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The film is created." })).toBeVisible();

  // A visitor with no cookies, who has seen the Czech page before the edit, so it is cached.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const czechPath = `/cs/films/reel-${suffix}-2025`;
  await visitor.goto(czechPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${title} (2025)`);

  const titles = page.getByRole("region", { name: "Other titles" });
  await titles.getByRole("button", { name: "Add a title" }).click();
  await titles.getByLabel("Title", { exact: true }).fill(czechTitle);
  await titles.getByLabel("Language code").fill("cs");
  await titles.getByRole("button", { name: "Save other titles" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The titles are saved." })).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${czechTitle} (2025)`);
  await expect(visitor.locator("p", { hasText: /^Další názvy:/ })).toHaveText(`Další názvy: ${title}`);
  await visitor.goto(`/films/reel-${suffix}-2025`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${title} (2025)`);
  await visitorContext.close();
});

test("the search box suggests films titled in the page's language", async ({ request }) => {
  const suggested = async (query: string) => {
    const response = await request.get(`/api/search/suggestions?${query}`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { films: { title: string }[] }).films.map((film) => film.title);
  };
  expect(await suggested("q=sedm%20samuraju&locale=cs")).toContain("Sedm samurajů");
  expect(await suggested("q=sedm%20samuraju")).toContain("Seven Samurai");
  expect(await suggested("q=seven%20samurai&locale=ko")).toContain("7인의 사무라이");
});

test("a film's feed in Czech names the film and the ratings in Czech, and links the Czech pages", async ({
  request,
}) => {
  const feed = await (await request.get("/cs/films/amelie-2001/feed.xml")).text();
  expect(feed).toMatch(/<title>[^<]+ o filmu Amélie z Montmartru \(2001\): [^<]*hvězd[^<]*<\/title>/);
  expect(feed).toMatch(/<link rel="alternate" type="text\/html" href="https?:\/\/[^"]+\/cs\/reviews\/\d+"\/>/);
  const english = await (await request.get("/films/amelie-2001/feed.xml")).text();
  expect(english).toMatch(/<title>[^<]+ on Amélie \(2001\): [^<]*stars? out of 5<\/title>/);
});
