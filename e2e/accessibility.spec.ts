import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { permalinkOf } from "./support/reviews";

/** Each page type, reached as a visitor would: by its URL, or by following a link for ids we cannot know. */
const PAGE_TYPES: Record<string, (page: Page) => Promise<unknown>> = {
  home: (page) => page.goto("/"),
  film: (page) => page.goto("/films/escape-2024"),
  person: (page) => page.goto("/people/lee-jong-pil"),
  review: async (page) => {
    await page.goto("/films/escape-2024");
    await permalinkOf(page.getByRole("region", { name: "Reviews" }))
      .first()
      .click();
    await page.waitForURL(/\/reviews\/\d+$/);
  },
  user: (page) => page.goto("/users/cinephile_anna"),
  genre: (page) => page.goto("/genres/thriller"),
  charts: (page) => page.goto("/charts"),
  "about ratings": (page) => page.goto("/about/ratings"),
  "film reviews": (page) => page.goto("/films/escape-2024/reviews"),
  "not found": (page) => page.goto("/films/no-such-film-1999"),
  "sign in": (page) => page.goto("/sign-in"),
  "sign up": (page) => page.goto("/sign-up"),
  settings: async (page) => {
    await page.goto("/sign-in?returnTo=/settings");
    await page.getByLabel("Username or email", { exact: true }).fill("lucia_films");
    await page.getByLabel("Password", { exact: true }).fill("marquee-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Password" }).waitFor();
  },
  "film, signed in with a review": async (page) => {
    await page.goto("/sign-in?returnTo=/films/escape-2024");
    await page.getByLabel("Username or email", { exact: true }).fill("cinephile_anna");
    await page.getByLabel("Password", { exact: true }).fill("marquee-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("region", { name: "Your review" }).waitFor();
  },
};

for (const [kind, open] of Object.entries(PAGE_TYPES)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the ${kind} page has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const violations = results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }));
      expect(violations).toEqual([]);
    });
  }
}
