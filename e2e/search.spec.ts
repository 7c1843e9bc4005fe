import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { access, readdir } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { queryPagePath } from "../lib/query-pages";
import { searchQuery } from "../lib/search-query";
import { getAsStranger } from "../scripts/stranger-get";
import { field, signInAsDemoMember } from "./support/forms";
import { expectStrangerSees } from "./support/stranger";

/** The header's search box. Pages kept hidden by client navigation have no header of their own, but stay safe. */
function headerSearch(page: Page) {
  return page.getByRole("search", { name: "Site" }).getByRole("combobox", { name: "Search films and people" });
}

function results(page: Page, name: "Films" | "People") {
  return page.getByRole("region", { name }).filter({ visible: true });
}

async function expectNoAccessibilityViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
}

test.describe("the header search box", () => {
  test("suggests films and people as you type, and opens one chosen with the keyboard", async ({ page }) => {
    await page.goto("/");
    const box = headerSearch(page);
    await box.pressSequentially("escape", { delay: 30 });

    const suggestions = page.getByRole("listbox", { name: "Suggestions" });
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(suggestions.getByRole("option").first()).toContainText("Escape (2024)");
    await expect(
      suggestions.getByRole("group", { name: "Films" }).getByRole("option", { name: /Escape from Mogadishu/ }),
    ).toBeVisible();

    await box.press("ArrowDown");
    const first = suggestions.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);

    await box.press("Enter");
    await expect(page).toHaveURL(/\/films\/escape-2024$/);
    await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveText("Escape (2024)");
    await expect(box).toHaveValue("");
  });

  test("has no WCAG 2.2 AA violations with its suggestions open", async ({ page }) => {
    await page.goto("/");
    await headerSearch(page).pressSequentially("lee", { delay: 30 });
    await expect(page.getByRole("group", { name: "People" }).getByRole("option").first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("closes its suggestions with Escape and keeps the focus in the box", async ({ page }) => {
    await page.goto("/");
    const box = headerSearch(page);
    await box.pressSequentially("lee jong", { delay: 30 });
    await expect(page.getByRole("option", { name: /Lee Jong-pil/ })).toBeVisible();
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeHidden();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue("lee jong");
  });

  test("sends Enter without a chosen suggestion to the results page", async ({ page }) => {
    await page.goto("/films/escape-2024");
    await headerSearch(page).fill("amelie");
    await headerSearch(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=amelie$/);
    await expect(results(page, "Films").getByRole("listitem").first()).toContainText("Amélie (2001)");
  });
});

test.describe("the results page", () => {
  test("lists films and people, each kind with its own paged list", async ({ page }) => {
    const response = await page.goto("/search?q=lee");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “lee”");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    await page
      .getByRole("navigation", { name: "Kinds of results" })
      .getByRole("link", { name: /^People \(\d+\)$/ })
      .click();
    await expect(page).toHaveURL(/\/search\?q=lee&type=people$/);
    const people = results(page, "People");
    await expect(people.getByRole("link", { name: "Lee Jong-pil" })).toBeVisible();
    await expect(people.getByText("Known for Escape (2024) · Director")).toBeVisible();
    await expect(results(page, "Films")).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test("puts the query in the title, ranks the whole title first, and offers a spelling when nothing matches", async ({
    page,
  }) => {
    await page.goto("/search?q=godfather&type=films");
    await expect(page).toHaveTitle(/^“godfather” – Search/);
    const films = results(page, "Films");
    await expect(films.getByRole("listitem").first()).toContainText("The Godfather");
    await expect(films).not.toContainText("City of God");

    await page.goto("/search?q=bong%20jnuho");
    await page.getByRole("main").getByRole("link", { name: "Bong Joon-ho" }).first().click();
    await expect(page).toHaveURL(/\/search\?q=Bong\+Joon-ho$/);
    await expect(results(page, "People").getByRole("link", { name: "Bong Joon-ho" })).toBeVisible();
  });

  test("search and Discover are cached pages, and show a film an admin renames at once, to everyone", async ({
    page,
    baseURL,
  }) => {
    const suffix = Date.now().toString(36);
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const [film] = await sql`
      insert into films (slug, title, year) values (${`unsought-${suffix}-2031`}, ${`Unsought ${suffix}`}, 2031)
      returning id`;
    await sql.end();
    // Spelled unlike the film's first title, which a search for it must not find.
    const word = `Quuxly${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, "")
      .slice(0, 6)}`;
    const [search, discover] = [`${baseURL}/search?q=${word}`, `${baseURL}/discover?yearFrom=2031&yearTo=2031`];
    await expectStrangerSees(search, ({ body }) => body.includes(`Nothing matches “${word}”`), "nothing", Date.now());
    await expectStrangerSees(discover, ({ body }) => body.includes(`Unsought ${suffix}`), "the film", Date.now());
    // Stored once its render is answered, and read by either worker from then on.
    for (const url of [search, discover]) {
      await expect.poll(async () => (await getAsStranger(url)).headers["x-nextjs-cache"], { message: url }).toBe("HIT");
    }

    await signInAsDemoMember(page, "admin");
    await page.goto(`/admin/films/${film!.id}`);
    await field(page, "Title").fill(`Unsought ${word}`);
    await page.getByRole("button", { name: "Save film" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
    const savedAt = Date.now();

    await Promise.all(
      [search, discover].map((url) =>
        expectStrangerSees(url, ({ body }) => body.includes(`Unsought ${word}`), "the new title", savedAt),
      ),
    );
  });

  test("keeps the page of a long search in Hangul, whose address is longer than a file name may be", async ({
    baseURL,
  }) => {
    const text = `탈주 ${"기생충 ".repeat(30)}`.trim();
    const answer = await getAsStranger(`${baseURL}/ko/search?${searchQuery(text)}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("기생충");
    // Where the production server keeps pages rendered while serving: a file per page, under a directory per route,
    // named after the page's path.
    const routeCache = path.join(process.env.E2E_DIST_DIR ?? ".next-e2e", "server", "route-cache", "APP_PAGE");
    const pageFile = `${queryPagePath("ko", "search", searchQuery(text))}.html`;
    const isStored = async () => {
      for (const route of await readdir(routeCache)) {
        if (
          await access(path.join(routeCache, route, "$", pageFile)).then(
            () => true,
            () => false,
          )
        )
          return true;
      }
      return false;
    };
    await expect.poll(isStored).toBe(true);
  });

  test("answers hostile queries with a page and a message, never an error", async ({ page }) => {
    for (const [query, message] of [
      ["%25", /punctuation alone/],
      ["%00", /Type a film title/],
      ["x".repeat(5000), /limited to 200 characters/],
    ] as const) {
      const response = await page.goto(`/search?q=${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("main").getByText(message)).toBeVisible();
    }
    const response = await page.goto("/search?q=%27%3B%20drop%20table%20films%3B%20--%20%3Cb%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “'; drop table films; -- <b>”");
  });

  test("suggestions answer JSON, and refuse an over-long query with a 400", async ({ request }) => {
    const suggestions = await request.get("/api/search/suggestions?q=%ED%83%88%EC%A3%BC");
    expect(suggestions.status()).toBe(200);
    expect((await suggestions.json()).films[0]).toMatchObject({ slug: "escape-2024", matchedTitle: "탈주" });
    expect(await (await request.get("/api/search/suggestions?q=%25%00")).json()).toEqual({ films: [], people: [] });
    expect((await request.get(`/api/search/suggestions?q=${"x".repeat(5000)}`)).status()).toBe(400);
  });
});

test.describe("Discover", () => {
  test("filters by genre and country through the form, and keeps every filter in the URL", async ({ page }) => {
    await page.goto("/discover");
    const filters = page.getByRole("form", { name: "Filters" }).filter({ visible: true });
    await filters.getByRole("checkbox", { name: "Thriller" }).check();
    await filters.getByLabel("Country").selectOption({ label: "South Korea" });
    await filters.getByRole("group", { name: "Year" }).getByLabel("From").fill("2020");
    await filters.getByLabel("Sort by").selectOption({ label: "Newest" });
    await filters.getByRole("button", { name: "Show films" }).click();

    await expect(page).toHaveURL(/genre=thriller.*country=kr.*yearFrom=2020.*sort=newest/);
    const films = page.getByRole("region", { name: /\d+ films?$/ }).filter({ visible: true });
    await expect(films.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();
    await expect(films.getByRole("link", { name: /^Amélie/ })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test("says which filters it left out and still shows films", async ({ page }) => {
    const response = await page.goto("/discover?yearFrom=abc&minRating=500&genre=thriller&country=zz");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("The from year “abc” was left out")).toBeVisible();
    await expect(page.getByText("There is no country with the code “zz”.")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();
  });

  test("says what it left out in the page's language, as search does", async ({ page }) => {
    await page.goto("/cs/discover?yearFrom=abc&country=zz");
    await expect(page.getByText("Rok od „abc“ jsme vynechali: musí to být rok od 1870 do 2100.")).toBeVisible();
    await expect(page.getByText("Země s kódem „zz“ neexistuje.")).toBeVisible();
    await page.goto("/ko/search?q=%25");
    await expect(
      page.getByText("단어나 숫자로 검색하세요. 문장 부호만으로는 아무것도 찾을 수 없습니다."),
    ).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box searches, and the results page lists films and people", async ({ page }) => {
    await page.goto("/");
    await headerSearch(page).fill("escape");
    await headerSearch(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=escape$/);
    await expect(results(page, "Films").getByRole("listitem").first()).toContainText("Escape (2024)");

    await page.goto("/search?q=lee+jong+pil");
    await expect(results(page, "People").getByRole("link").first()).toHaveText("Lee Jong-pil");
  });

  test("Discover filters through its form", async ({ page }) => {
    await page.goto("/discover");
    await page.getByRole("checkbox", { name: "Thriller" }).check();
    await page.getByLabel("Country").selectOption({ label: "South Korea" });
    await page.getByRole("button", { name: "Show films" }).click();
    await expect(page).toHaveURL(/genre=thriller/);
    await expect(page.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Amélie/ })).toHaveCount(0);
  });
});
