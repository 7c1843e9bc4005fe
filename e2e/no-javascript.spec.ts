import { expect, test, type Page } from "@playwright/test";

// Public pages are complete in their HTML: a visitor (or a crawler) without JavaScript reads everything in the
// default view, and members can sign up, rate, review and sign out with plain form posts. Sorted or paged views
// stream in and need JavaScript.
test.use({ javaScriptEnabled: false });

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).filter({ visible: true });
}

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

test("without JavaScript a new member signs up, rates and reviews a film, signs out and back in", async ({ page }) => {
  const username = `nojs_${Date.now().toString(36)}`;
  const password = "a long enough passphrase";
  await page.goto("/sign-up?returnTo=/films/ikiru-1952");
  await field(page, "Username").fill(username);
  await field(page, "Email").fill(`${username}@example.com`);
  await field(page, "Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(field(page, "Username")).toHaveValue(username);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/films\/ikiru-1952$/);

  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(box.getByText("Choose a rating.")).toBeVisible();
  await box.getByRole("radio", { name: "4.5 stars out of 5" }).check();
  await box.getByLabel("Review").fill("Watched without a line of script: still devastating.");
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(box.getByRole("status")).toHaveText("Your review is saved.");
  const mine = page.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: "without a line of script" });
  await expect(mine.getByRole("img", { name: "4.5 stars out of 5" })).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out of this browser" }).click();
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();

  await page.goto("/sign-in");
  await field(page, "Username or email").fill(username);
  await field(page, "Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That username or email and password do not match an account.")).toBeVisible();
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await (await page.request.get("/api/auth/session")).json()).user.username).toBe(username);
});
