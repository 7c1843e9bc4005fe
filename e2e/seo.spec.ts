import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  { kind: "home", path: "/", jsonLdTypes: [] },
  { kind: "film", path: "/films/escape-2024", jsonLdTypes: ["Movie", "WebPage", "BreadcrumbList"] },
  { kind: "film reviews", path: "/films/escape-2024/reviews", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "person", path: "/people/lee-jong-pil", jsonLdTypes: ["Person", "WebPage", "BreadcrumbList"] },
  // The first demo review: the e2e database is seeded fresh, so ids are known.
  { kind: "review", path: "/reviews/1", jsonLdTypes: ["Review", "WebPage", "BreadcrumbList"] },
  { kind: "user", path: "/users/cinephile_anna", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "genre", path: "/genres/thriller", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "year", path: "/years/2024", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "country", path: "/countries/kr", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "charts", path: "/charts", jsonLdTypes: ["ItemList", "BreadcrumbList"] },
  { kind: "about ratings", path: "/about/ratings", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "credits", path: "/about/credits", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "genre index", path: "/genres", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "year index", path: "/years", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "country index", path: "/countries", jsonLdTypes: ["BreadcrumbList"] },
  { kind: "user ratings", path: "/users/cinephile_anna/ratings", jsonLdTypes: ["BreadcrumbList"] },
  {
    kind: "user ratings, sorted and paged",
    path: "/users/cinephile_anna/ratings/title/2",
    jsonLdTypes: ["BreadcrumbList"],
  },
];

async function jsonLdOf(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as { "@context": string; "@type": string });
}

for (const { kind, path, jsonLdTypes } of PAGES) {
  test(`the ${kind} page has one h1, a title, a description, a canonical link, OpenGraph and Twitter tags and valid JSON-LD`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(await page.title()).not.toBe("");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
    const canonical = path === "/" ? /^https?:\/\/[^/]+\/?$/ : new RegExp(`^https?://[^/]+${path}$`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", canonical);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /^summary/);
    const structured = await jsonLdOf(page);
    expect(structured.map((item) => item["@type"]).sort()).toEqual([...jsonLdTypes].sort());
    for (const item of structured) expect(item["@context"]).toBe("https://schema.org");
  });
}

test("film and person pages have titles of their own", async ({ page }) => {
  await page.goto("/films/escape-2024");
  await expect(page).toHaveTitle("Escape (2024) · Marquee");
  await page.goto("/people/lee-jong-pil");
  await expect(page).toHaveTitle("Lee Jong-pil · Marquee");
});

test("robots.txt names the sitemap, and the sitemap index leads to every film", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);

  const index = await (await request.get("/sitemap.xml")).text();
  const chunks = [...index.matchAll(/<loc>https?:\/\/[^/]+(\/sitemaps\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(chunks).toEqual(
    expect.arrayContaining([
      "/sitemaps/films-0.xml",
      "/sitemaps/people-0.xml",
      "/sitemaps/reviews-0.xml",
      "/sitemaps/users-0.xml",
    ]),
  );
  expect(index).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);

  const films = await (await request.get("/sitemaps/films-0.xml")).text();
  expect(films).toContain("/films/escape-2024</loc>");
  expect((await request.get("/sitemaps/nonsense.xml")).status()).toBe(404);
});

test("the latest reviews feed is Atom and links each review", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = await response.text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(feed).toMatch(/<link rel="alternate" type="text\/html" href="https?:\/\/[^"]+\/reviews\/\d+"\/>/);
});

test("films, people and users have Atom feeds of their reviews, linked from their pages", async ({ page, request }) => {
  for (const path of ["/films/escape-2024", "/people/lee-jong-pil", "/users/cinephile_anna"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`${path}/feed\\.xml$`),
    );
    const feed = await (await request.get(`${path}/feed.xml`)).text();
    expect(feed).toContain("<entry>");
  }
  const escapeFeed = await (await request.get("/films/escape-2024/feed.xml")).text();
  expect(escapeFeed).toContain("brisk pace");
  expect((await request.get("/films/no-such-film-1999/feed.xml")).status()).toBe(404);
});
