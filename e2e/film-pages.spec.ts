import { expect, test } from "@playwright/test";

test.describe("the film page", () => {
  test("shows Escape with its director, both titles, the credited plot and both reviews with ratings", async ({
    page,
  }) => {
    const response = await page.goto("/films/escape-2024");
    expect(response?.status()).toBe(200);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escape (2024)");
    await expect(page.getByText("Original title:")).toBeVisible();
    await expect(page.getByText("탈주", { exact: true })).toBeVisible();
    await expect(page.getByText("Run Away", { exact: true })).toBeVisible();
    await expect(page.getByText("Thriller / Action · South Korea · 2024 · 1 h 34 min")).toBeVisible();

    await expect(page.getByRole("link", { name: "Lee Jong-pil" })).toHaveAttribute("href", "/people/lee-jong-pil");
    await expect(page.getByRole("link", { name: "Koo Kyo-hwan" })).toHaveAttribute("href", "/people/koo-kyo-hwan");
    await expect(page.getByRole("link", { name: "Lee Je-hoon" })).toBeVisible();

    const plot = page.getByRole("region", { name: "Plot" });
    await expect(plot.getByText("— Well Go USA Entertainment")).toBeVisible();

    const reviews = page.getByRole("region", { name: "Reviews" });
    const enthusiastic = reviews.getByRole("article").filter({ hasText: "brisk pace" });
    await expect(enthusiastic.getByRole("img", { name: "3.5 stars out of 5" })).toBeVisible();
    await expect(reviews.getByRole("article").filter({ hasText: "friendship" })).toBeVisible();

    await expect(page.getByTestId("rating-percentage")).toHaveText(/^\d+%$/);
    // One scale for a film's rating: the percentage, never also a figure out of ten.
    await expect(page.getByRole("region", { name: "Rating", exact: true })).not.toContainText("/10");
  });

  test("answers an unknown film with a real 404 page", async ({ page }) => {
    const response = await page.goto("/films/no-such-film-1999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("leads from a film to its director's filmography and back", async ({ page }) => {
    await page.goto("/films/escape-2024");
    await page.getByRole("link", { name: "Lee Jong-pil" }).click();
    await expect(page).toHaveURL(/\/people\/lee-jong-pil$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lee Jong-pil");
    await expect(page.getByText("이종필")).toBeVisible();
    const directing = page.getByRole("region", { name: "Director" });
    await directing.getByRole("link", { name: "Escape" }).click();
    await expect(page).toHaveURL(/\/films\/escape-2024$/);
  });

  test("answers an unknown person with a real 404 page", async ({ page }) => {
    const response = await page.goto("/people/nobody-at-all");
    expect(response?.status()).toBe(404);
  });
});

test("the home page links the latest reviews to their films", async ({ page }) => {
  await page.goto("/");
  const latest = page.getByRole("region", { name: "Latest reviews" });
  await expect(latest.getByRole("article").first()).toBeVisible();
  const firstFilmLink = latest.getByRole("article").first().getByRole("link").first();
  const href = await firstFilmLink.getAttribute("href");
  expect(href).toMatch(/^\/films\/[a-z0-9-]+$/);
  await firstFilmLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
