// The browse indexes: every genre, year and country with films, each with its count and a link to its list.
import { expect, test, type Locator, type Page } from "@playwright/test";

const INDEXES = [
  { path: "/genres", title: "Genres", entry: "Drama", list: "/genres/drama" },
  { path: "/countries", title: "Countries", entry: "South Korea", list: "/countries/kr" },
  { path: "/years", title: "Years", entry: "2020", list: "/years/2020" },
];

/** The index's entry whose link says `name`: its whole item, which holds the count too. */
function entry(page: Page, name: string): Locator {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

for (const index of INDEXES) {
  test(`${index.path} counts the films of each entry, and its link leads to a list of as many`, async ({ page }) => {
    // Tests running beside this one add films (dramas, Korean films): a film added between reading the index and
    // the list changes the count, so the two are read again until they were read between two such writes.
    await expect(async () => {
      const response = await page.goto(index.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(index.title);
      const counted = (await entry(page, index.entry).textContent())?.match(/(\d+) films?$/)?.[1];
      expect(counted, `the count beside ${index.entry}`).toBeDefined();

      await entry(page, index.entry).getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${index.list}$`));
      // Next keeps the index in the page, hidden, for the way back: the list's own count is the visible one.
      await expect(page.getByText(new RegExp(`^${counted} films?$`)).filter({ visible: true })).toBeVisible({
        timeout: 5_000,
      });
    }).toPass({ timeout: 30_000 });

    // The list's breadcrumbs lead back to its index.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: index.title }).click();
    await expect(page).toHaveURL(new RegExp(`${index.path}$`));
  });
}

test("the years index groups the years by decade, newest first", async ({ page }) => {
  await page.goto("/years");
  const decades = page.getByRole("main").getByRole("region");
  await expect(decades.first().getByRole("heading")).toHaveText("2020s");
  await expect(
    page.getByRole("region", { name: "2020s" }).getByRole("link", { name: "2024", exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "1920s" }).getByRole("link", { name: "1922", exact: true }),
  ).toBeVisible();
  const headings = await decades.getByRole("heading").allTextContents();
  expect(headings).toEqual([...headings].sort().reverse());
});

test("every page's footer links the three indexes", async ({ page }) => {
  await page.goto("/films/escape-2024");
  const footer = page.getByRole("contentinfo");
  for (const { path, title } of INDEXES) {
    await expect(footer.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", path);
  }
});

test("the sitemap lists the indexes", async ({ request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toMatch(/<loc>https?:\/\/[^/]+\/sitemaps\/browse-0\.xml<\/loc>/);
  const browse = await (await request.get("/sitemaps/browse-0.xml")).text();
  for (const { path } of INDEXES) expect(browse).toMatch(new RegExp(`<loc>https?://[^/]+${path}</loc>`));
});
