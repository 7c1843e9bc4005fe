import { expect, type Page } from "@playwright/test";

/** A visible form field by its exact label: Next keeps pages visited earlier in the DOM, hidden, for back navigation. */
export function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).filter({ visible: true });
}

/** Signs in a demo member (every demo account's password is "marquee-demo") and waits for the header to say so. */
export function signInAsDemoMember(page: Page, login: string) {
  return signIn(page, login, "marquee-demo");
}

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/sign-in");
  await field(page, "Username or email").fill(login);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // argon2id takes its time, more so on a busy machine.
  await expect(page.getByRole("link", { name: `@${login}` })).toBeVisible({ timeout: 15_000 });
}
