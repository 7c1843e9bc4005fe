import { expect, test } from "@playwright/test";

// Public pages are complete in their HTML: a visitor (or a crawler) without JavaScript reads everything in the
// default view. Sorted or paged views stream in and need JavaScript; forms for members do too (see the closing note).
test.use({ javaScriptEnabled: false });

test("without JavaScript the film, person, reviews and browse pages show their content", async ({ page }) => {
  await page.goto("/films/escape-2024");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escape (2024)");
  await expect(page.getByRole("region", { name: "Reviews" }).getByText("brisk pace")).toBeVisible();

  await page.getByRole("link", { name: "Lee Jong-pil" }).click();
  await expect(page.getByRole("region", { name: "Director" }).getByRole("link", { name: "Escape" })).toBeVisible();

  await page.goto("/films/escape-2024/reviews");
  await expect(page.getByRole("article").filter({ hasText: "friendship" })).toBeVisible();

  await page.goto("/genres/thriller");
  await expect(page.getByRole("link", { name: /^Escape \(2024\)/ })).toBeVisible();
});
