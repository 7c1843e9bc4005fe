import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/** The image an absolute URL names answers, as a PNG or WebP (a share card or a poster). */
async function expectImageAt(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(/^image\/(png|webp)/);
}

async function jsonLdItems(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as { "@type": string; image?: string });
}

async function movieJsonLd(page: Page) {
  return (await jsonLdItems(page)).find((item) => item["@type"] === "Movie");
}

test("a film's JSON-LD names an image that answers, as Google's Movie rich result requires", async ({
  page,
  request,
}) => {
  await page.goto("/films/escape-2024");
  const image = (await movieJsonLd(page))?.image;
  expect(image).toMatch(/^https?:\/\/[^/]+\/(posters\/[0-9a-f]{64}\.webp|films\/escape-2024\/opengraph-image)$/);
  await expectImageAt(request, image!);
});

for (const { kind, path } of [
  { kind: "person", path: "/people/lee-jong-pil" },
  { kind: "review", path: "/reviews/1" },
]) {
  test(`the ${kind} page has a share card of its own as its og:image, with the large Twitter card`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const image = page.locator('meta[property="og:image"]');
    await expect(image).toHaveAttribute("content", new RegExp(`^https?://[^/]+${path}/opengraph-image$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /\/opengraph-image$/);
    await expectImageAt(request, (await image.getAttribute("content"))!);
  });
}

test("a page in another language says so in its JSON-LD and shares a card described in it", async ({
  page,
  request,
}) => {
  for (const { path, alt } of [
    { path: "/cs/films/amelie-2001", alt: "Amélie z Montmartru (2001) na Marquee: rok, režie a hodnocení" },
    { path: "/ko/films/escape-2024", alt: "Marquee의 탈주 (2024): 연도, 감독, 평점" },
  ]) {
    await page.goto(path);
    const image = page.locator('meta[property="og:image"]');
    await expect(image).toHaveAttribute("content", new RegExp(`^https?://[^/]+${path}/opengraph-image$`));
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", alt);
    const webPage = (await jsonLdItems(page)).find((item) => item["@type"] === "WebPage");
    expect(webPage, path).toMatchObject({
      inLanguage: path.split("/")[1],
      url: expect.stringMatching(new RegExp(`${path}$`)),
      mainEntity: { "@id": expect.stringMatching(/#film$/) },
    });
    // The card itself draws the local title; the unit test (share-card-fonts.test.ts) checks no glyph is missing.
    await expectImageAt(request, (await image.getAttribute("content"))!);
  }
});

test("each page of a browse list or of a film's reviews is its own canonical", async ({ page }) => {
  for (const path of [
    "/genres/thriller/list/rating/2",
    "/years/2024/list/popular/2",
    "/countries/kr/list/title/1",
    "/films/escape-2024/reviews/highest/2",
  ]) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute(
      "href",
      new RegExp(`^https?://[^/]+${path}$`),
    );
  }
  await page.goto("/genres/thriller/list/popular/1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/genres\/thriller$/);
  await page.goto("/films/escape-2024/reviews/newest/1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/films\/escape-2024\/reviews$/,
  );
});

test("a 404 page says so in its title and stays out of search engines", async ({ page }) => {
  // A film's own 404 names what was not found.
  for (const [path, title] of [
    ["/no-such-page", "Page not found · Marquee"],
    ["/films/no-such-film-1999", "Film not found · Marquee"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page, path).toHaveTitle(title);
    await expect(page.locator('meta[name="robots"]').first(), path).toHaveAttribute("content", /noindex/);
  }
});
