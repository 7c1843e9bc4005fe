// Marquee on a phone: at 360 px (the narrowest phones in common use) no page scrolls sideways, and the search box's
// suggestions are readable: at least as wide as the box itself.
import { expect, test } from "@playwright/test";
import { signInAsDemoMember } from "./support/forms";
import { overflowOf } from "./support/overflow";

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

// One of each page type a visitor reaches, and the member's own.
const PUBLIC_PAGES = [
  "/",
  "/films/escape-2024",
  "/films/escape-2024/reviews",
  "/people/bong-joon-ho",
  "/users/cinephile_anna",
  "/search?q=escape",
  "/discover",
  "/charts",
  "/genres/drama",
  "/about/ratings",
  "/sign-in",
  "/sign-up",
  "/no-such-page",
  "/genres",
  "/years",
  "/countries",
  "/users/cinephile_anna/ratings",
];
const MEMBER_PAGES = ["/films/parasite-2019", "/settings"];
const ADMIN_PAGES = ["/admin", "/admin/films", "/admin/people", "/admin/audit", "/admin/users", "/admin/moderation"];

test("no page scrolls sideways at 360 px, for a visitor or a member", async ({ page }) => {
  test.slow();
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    expect(await overflowOf(page), path).toEqual({ beyond: 0, stickingOut: [] });
  }
  await signInAsDemoMember(page, "kenji");
  for (const path of MEMBER_PAGES) {
    await page.goto(path);
    expect(await overflowOf(page), path).toEqual({ beyond: 0, stickingOut: [] });
  }
});

test("no admin page scrolls sideways at 360 px: wide tables scroll inside their own box", async ({ page }) => {
  test.slow();
  await signInAsDemoMember(page, "admin");
  const expectNoOverflow = async (path: string) =>
    expect.soft(await overflowOf(page), path).toEqual({ beyond: 0, stickingOut: [] });
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expectNoOverflow(path);
  }
  // The editors' ids are the database's: reached from the public pages, as an admin would.
  await page.goto("/films/escape-2024");
  await page.getByRole("link", { name: "Edit film" }).click();
  await page.getByRole("list", { name: "Credits" }).waitFor();
  await expectNoOverflow("the film editor");
  await page.goto("/people/lee-jong-pil");
  await page.getByRole("link", { name: "Edit person" }).click();
  await page.waitForURL(/\/admin\/people\/\d+$/);
  await expectNoOverflow("the person editor");
});

test("the search box has the screen's width on a phone, and its suggestions are at least as wide", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("search", { name: "Site" }).getByRole("combobox", { name: "Search films and people" });
  const suggestions = page.getByRole("listbox");
  // Typed again until the box answers: text typed before the page has hydrated asks for nothing.
  await expect(async () => {
    await box.fill("");
    await box.fill("escap");
    await expect(suggestions.getByRole("option").first()).toBeVisible({ timeout: 3_000 });
  }).toPass();
  const [input, list] = [(await box.boundingBox())!, (await suggestions.boundingBox())!];
  expect(input.width).toBeGreaterThan(200);
  expect(list.width).toBeGreaterThanOrEqual(input.width);
});

test("Discover shows films first on a phone, its filters folded under one line", async ({ page }) => {
  await page.goto("/discover?genre=drama");
  const firstFilm = page
    .getByRole("region", { name: /films?$/ })
    .getByRole("listitem")
    .first();
  await expect(firstFilm).toBeInViewport();
  const filters = page.getByRole("form", { name: "Filters" });
  await expect(filters).toBeHidden();
  await page.getByText("Filters and sort (1 set)").click();
  await expect(filters.getByRole("checkbox", { name: "Drama" })).toBeChecked();
});
