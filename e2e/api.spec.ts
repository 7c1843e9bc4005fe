import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import {
  API,
  expectDocumented,
  expectRateLimitHeaders,
  openApi,
  type Linked,
  type Page,
  type Problem,
} from "./support/api";

test.describe("the OpenAPI document", () => {
  test("lists every endpoint, its answers and the problem schema", async ({ request }) => {
    const { document } = await openApi(request);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/discover",
        "/films/{slug}",
        "/films/{slug}/reviews",
        "/people/{slug}",
        "/reviews/{id}",
        "/search",
        "/users/{username}",
        "/users/{username}/watchlist",
        "/users/{username}/lists",
        "/users/{username}/lists/{slug}",
      ].sort(),
    );
    for (const { get } of Object.values(document.paths)) {
      expect(get.responses["200"]?.content?.["application/json"]).toBeDefined();
      for (const status of ["429", "500"]) {
        expect(get.responses[status]?.content?.["application/problem+json"]?.schema).toEqual({
          $ref: "#/components/schemas/Problem",
        });
      }
    }
    expect(document.components.schemas.Problem).toBeDefined();
  });
});

test.describe("the public API", () => {
  test("answers every endpoint with a body that matches the document", async ({ request }) => {
    const filmResponse = await request.get(`${API}/films/escape-2024`);
    const film = await expectDocumented<{ directors: Linked[]; plots: { source: string }[] }>(
      request,
      filmResponse,
      "/films/{slug}",
    );
    expect(film).toMatchObject({ slug: "escape-2024", title: "Escape", year: 2024, originalTitle: "탈주" });
    expect(film.directors[0]?.slug).toBe("lee-jong-pil");
    expect(film.plots[0]?.source).toBeTruthy();
    expect(filmResponse.headers()["cache-control"]).toMatch(/public/);
    expectRateLimitHeaders(filmResponse);

    const reviews = await expectDocumented<Page<{ id: number; rating: number }>>(
      request,
      await request.get(`${API}/films/escape-2024/reviews?sort=highest`),
      "/films/{slug}/reviews",
    );
    expect(reviews).toMatchObject({ page: 1, sort: "highest" });
    expect(reviews.items.length).toBeGreaterThan(0);
    const ratings = reviews.items.map((review) => review.rating);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));

    const reviewId = reviews.items[0]!.id;
    const review = await expectDocumented(request, await request.get(`${API}/reviews/${reviewId}`), "/reviews/{id}");
    expect(review).toMatchObject({ id: reviewId, film: { slug: "escape-2024" } });

    const person = await expectDocumented<{ filmography: { film: Linked }[] }>(
      request,
      await request.get(`${API}/people/lee-jong-pil`),
      "/people/{slug}",
    );
    expect(person.filmography.map((credit) => credit.film.slug)).toContain("escape-2024");

    const search = await expectDocumented<{ films: Page<Linked> }>(
      request,
      await request.get(`${API}/search?q=escpae`),
      "/search",
    );
    expect(search.films.items[0]?.slug).toBe("escape-2024");

    const discover = await expectDocumented<Page<Linked> & { filters: unknown }>(
      request,
      await request.get(`${API}/discover?genre=thriller&country=kr&yearFrom=2020&sort=newest`),
      "/discover",
    );
    expect(discover.filters).toEqual({ genres: ["thriller"], country: "KR", yearFrom: 2020 });
    const slugs = discover.items.map((item) => item.slug);
    expect(slugs).toContain("escape-2024");
    expect(slugs).not.toContain("amelie-2001");
  });

  // A film no other test rates, so the two reads cannot straddle a new rating.
  test("serves the same rating as the film's page", async ({ request, page }) => {
    const film = await expectDocumented<{ rating: { percentage: number } }>(
      request,
      await request.get(`${API}/films/parasite-2019`),
      "/films/{slug}",
    );
    await page.goto("/films/parasite-2019");
    await expect(page.getByTestId("rating-percentage")).toHaveText(`${film.rating.percentage}%`);
  });

  test("redirects a renamed film's old slug to its new address", async ({ request }) => {
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const [film] =
        await sql`insert into films (slug, title, year) values ('api-renamed-film-2032', 'API Renamed Film', 2032) returning id`;
      await sql`insert into slug_redirects (old_slug, film_id) values ('api-first-name-2032', ${film!.id})`;
    } finally {
      await sql.end();
    }
    const response = await request.get(`${API}/films/api-first-name-2032/reviews?page=2`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/api\/v1\/films\/api-renamed-film-2032\/reviews\?page=2$/);
  });

  test("answers unknown resources with a 404 problem", async ({ request }) => {
    for (const [url, path] of [
      [`${API}/films/no-such-film-1900`, "/films/{slug}"],
      [`${API}/films/%25%27`, "/films/{slug}"],
      [`${API}/people/nobody-at-all`, "/people/{slug}"],
      [`${API}/reviews/999999999`, "/reviews/{id}"],
      [`${API}/reviews/not-a-number`, "/reviews/{id}"],
    ] as const) {
      const response = await request.get(url);
      const problem = await expectDocumented<Problem>(request, response, path, 404);
      expect(problem).toMatchObject({ status: 404, title: "Not found" });
      expect(response.headers()["cache-control"]).toBe("no-store");
      expectRateLimitHeaders(response);
    }
    const unknownEndpoint = await request.get(`${API}/no-such-endpoint`);
    expect(unknownEndpoint.status()).toBe(404);
    expect(unknownEndpoint.headers()["content-type"]).toContain("application/problem+json");
  });

  test("refuses bad parameters with a 400 problem that names each one", async ({ request }) => {
    for (const [url, path, parameter] of [
      [`${API}/films/escape-2024/reviews?page=-1`, "/films/{slug}/reviews", "page"],
      [`${API}/films/escape-2024/reviews?sort=best`, "/films/{slug}/reviews", "sort"],
      [`${API}/search?q=${"x".repeat(5000)}`, "/search", "q"],
      [`${API}/search`, "/search", "q"],
      [`${API}/discover?country=zz`, "/discover", "country"],
      [`${API}/discover?genre=no-such-genre`, "/discover", "genre"],
      [`${API}/discover?yearFrom=abc`, "/discover", "yearFrom"],
    ] as const) {
      const response = await request.get(url);
      const problem = await expectDocumented<Problem>(request, response, path, 400);
      expect(
        problem.errors?.map((error) => error.parameter),
        url,
      ).toContain(parameter);
      expectRateLimitHeaders(response);
    }
  });

  test("answers hostile queries normally or with a 400, never with a server error", async ({ request }) => {
    const hostile = [
      "%",
      "_",
      "'",
      "\\",
      "\u0000",
      "\u0007esc\u0001ape\u001f",
      "'; drop table films; --",
      "%_%",
      "a\\%_'",
      "\u0301",
    ];
    for (const q of hostile) {
      const response = await request.get(`${API}/search`, { params: { q } });
      expect([200, 400], `q=${JSON.stringify(q)}`).toContain(response.status());
      await expectDocumented(request, response, "/search", response.status());
    }
    for (const genre of hostile) {
      const response = await request.get(`${API}/discover`, { params: { genre, country: genre, minVotes: genre } });
      expect([200, 400], `genre=${JSON.stringify(genre)}`).toContain(response.status());
      await expectDocumented(request, response, "/discover", response.status());
    }
  });
});

test.describe("the /api page", () => {
  test("documents the endpoints, links to the OpenAPI document and passes WCAG 2.2 AA", async ({ page }) => {
    const response = await page.goto("/api");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public API");
    await expect(page.getByRole("link", { name: "OpenAPI 3.1 document" })).toHaveAttribute(
      "href",
      `${API}/openapi.json`,
    );
    await expect(page.getByRole("heading", { name: /A film: GET \/api\/v1\/films\/\{slug\}/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Licence and attribution" })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
  });
});
