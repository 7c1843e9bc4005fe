import { expect, test } from "@playwright/test";
import { field } from "./support/forms";

// Public pages are complete in their HTML: a visitor (or a crawler) without JavaScript reads everything in the
// default view, and members can sign up, rate, review and sign out with plain form posts. Sorted or paged views
// stream in and need JavaScript.
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

test("without JavaScript a new member signs up, rates and reviews a film, signs out and back in", async ({ page }) => {
  const username = `nojs_${Date.now().toString(36)}`;
  const password = "a long enough passphrase";
  await page.goto("/sign-up?returnTo=/films/ikiru-1952");
  await field(page, "Username").fill(username);
  await field(page, "Email").fill(`${username}@example.com`);
  await field(page, "Password").fill("short");
  // Without the page's script the browser's own validation stops a bad field before it is sent.
  await page.getByRole("button", { name: "Create account" }).click();
  expect(await field(page, "Password").evaluate((input: HTMLInputElement) => input.validity.tooShort)).toBe(true);
  await expect(field(page, "Username")).toHaveValue(username);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/films\/ikiru-1952$/);

  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("button", { name: "Save review" }).click();
  expect(
    await box
      .getByRole("radio")
      .first()
      .evaluate((radio: HTMLInputElement) => radio.validity.valueMissing),
  ).toBe(true);
  await box.getByRole("radio", { name: "4.5 stars out of 5" }).check();
  await box.getByLabel("Review").fill("Watched without a line of script: still devastating.");
  await box.getByRole("button", { name: "Save review" }).click();
  // The post is answered with a redirect to the film, which shows the new review.
  await expect(page).toHaveURL(/\/films\/ikiru-1952$/);
  const mine = page
    .getByRole("region", { name: "Reviews" })
    .getByRole("article")
    .filter({ hasText: "without a line of script" });
  await expect(mine.getByRole("img", { name: "4.5 stars out of 5" })).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out of this browser" }).click();
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();

  await page.goto("/sign-in");
  await field(page, "Username or email").fill(username);
  await field(page, "Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // A refusal posted without the page's script lands on a page that explains it.
  await expect(page).toHaveURL(/\/sign-in\/retry$/);
  await expect(page.getByText("That username or email and password do not match an account.")).toBeVisible();
  await field(page, "Username or email").fill(username);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await (await page.request.get("/api/auth/session")).json()).user.username).toBe(username);
});
