import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { permalinkOf } from "./support/reviews";

/** Signs in a demo account on the sign-in page, which then leads to `returnTo`. */
async function signInTo(page: Page, login: string, returnTo: string) {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Username or email", { exact: true }).fill(login);
  await page.getByLabel("Password", { exact: true }).fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === returnTo.split("?")[0]);
}

/** Each page type, reached as a visitor would: by its URL, or by following a link for ids we cannot know. */
const PAGE_TYPES: Record<string, (page: Page) => Promise<unknown>> = {
  home: (page) => page.goto("/"),
  film: (page) => page.goto("/films/escape-2024"),
  person: (page) => page.goto("/people/lee-jong-pil"),
  review: async (page) => {
    await page.goto("/films/escape-2024");
    // Followed by address: a click in the moment the page hydrates was once lost, and the test waited a minute.
    const permalink = await permalinkOf(page.getByRole("region", { name: "Reviews" }))
      .first()
      .getAttribute("href");
    await page.goto(permalink!);
  },
  user: (page) => page.goto("/users/cinephile_anna"),
  genre: (page) => page.goto("/genres/thriller"),
  charts: (page) => page.goto("/charts"),
  "about ratings": (page) => page.goto("/about/ratings"),
  credits: (page) => page.goto("/about/credits"),
  "film reviews": (page) => page.goto("/films/escape-2024/reviews"),
  "not found": (page) => page.goto("/films/no-such-film-1999"),
  "sign in": (page) => page.goto("/sign-in"),
  "sign up": (page) => page.goto("/sign-up"),
  search: (page) => page.goto("/search?q=lee"),
  discover: (page) => page.goto("/discover?genre=drama"),
  settings: async (page) => {
    await signInTo(page, "lucia_films", "/settings");
    await page.getByRole("heading", { name: "Password" }).waitFor();
  },
  "film, signed in with a review": async (page) => {
    await signInTo(page, "cinephile_anna", "/films/escape-2024");
    await page.getByRole("region", { name: "Your review" }).waitFor();
  },
  "admin home": (page) => signInTo(page, "admin", "/admin"),
  "admin film editor": async (page) => {
    await signInTo(page, "admin", "/films/escape-2024");
    await page.getByRole("link", { name: "Edit film" }).click();
    await page.getByRole("list", { name: "Credits" }).waitFor();
  },
  "admin person editor": async (page) => {
    await signInTo(page, "admin", "/people/lee-jong-pil");
    await page.getByRole("link", { name: "Edit person" }).click();
    await page.waitForURL(/\/admin\/people\/\d+$/);
  },
  "admin users": (page) => signInTo(page, "admin", "/admin/users"),
  "admin moderation": (page) => signInTo(page, "admin", "/admin/moderation"),
  "admin audit log": (page) => signInTo(page, "admin", "/admin/audit"),
  "genre index": (page) => page.goto("/genres"),
  "year index": (page) => page.goto("/years"),
  "country index": (page) => page.goto("/countries"),
  "user ratings": (page) => page.goto("/users/cinephile_anna/ratings/rating/2"),
};

for (const [kind, open] of Object.entries(PAGE_TYPES)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the ${kind} page has no WCAG 2.2 AA violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page);
      const results = await new AxeBuilder({ page })
        // Experimental in axe, so off by default: a control's name must hold the words it shows (WCAG 2.5.3). Set
        // first: options() replaces what withTags() sets.
        .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const violations = results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }));
      expect(violations).toEqual([]);
    });
  }
}
