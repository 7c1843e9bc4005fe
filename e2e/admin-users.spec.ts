import { expect, test, type Page } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";

// old_projector is the one demo member no other spec needs signed in: reviews.spec guesses at their password, from an
// address of its own, which throttles only that address (lib/sign-in-throttle.ts); a block does not change it.
const MEMBER = "old_projector";
const MEMBER_EMAIL = "old_projector@demo.marquee.local";

/** Auth.js's session endpoint as the page's cookie reads: null when signed out. */
async function sessionOf(page: Page) {
  return (await page.request.get("/api/auth/session")).json() as Promise<object | null>;
}

async function signInMemberAt(page: Page, path: string) {
  await page.goto(`/sign-in?returnTo=${path}`);
  await field(page, "Username or email").fill(MEMBER_EMAIL);
  await field(page, "Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`), { timeout: 15_000 });
  await expect(page.getByRole("link", { name: `@${MEMBER}` })).toBeVisible();
}

test("an admin blocks a member, who is signed out at once and cannot post, then unblocks them", async ({ browser }) => {
  // Two members sign in and several pages load.
  test.slow();
  const member = await browser.newPage();
  await signInMemberAt(member, "/films/nosferatu-1922");
  const box = member.getByRole("region", { name: "Your review" });
  // Their demo review of this film may be there already: the button then says "Update review".
  const save = box.getByRole("button", { name: /^(Save|Update) review$/ });
  await expect(save).toBeVisible();

  const admin = await browser.newPage();
  await signInAsDemoMember(admin, "admin");
  await admin.goto("/admin/users");
  await field(admin, "Username or email contains").fill("old_proj");
  await admin.getByRole("button", { name: "Find" }).click();
  await expect(admin).toHaveURL(/[?&]q=old_proj/);
  // Next keeps the unfiltered list in the DOM, hidden, for back navigation.
  const row = admin
    .getByRole("row")
    .filter({ hasText: `@${MEMBER}` })
    .filter({ visible: true });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: "Block", exact: true }).click();
  await expect(row.getByRole("status")).toHaveText("Say why you are blocking this account.");
  await row.getByLabel("Reason").fill("Testing the block");
  await row.getByRole("button", { name: "Block", exact: true }).click();
  await expect(row.getByRole("status")).toContainText(`@${MEMBER} is blocked`);
  await expect(row).toContainText("Blocked since");

  // The page the member opened before the block no longer posts, and their next page load is signed out.
  await box.getByRole("radio", { name: "3 stars out of 5", exact: true }).check();
  await save.click();
  await expect(box.getByRole("status")).toContainText("sign in again");
  await member.goto("/settings");
  await expect(member.getByText("to change your settings")).toBeVisible();
  await expect(member.getByRole("link", { name: `@${MEMBER}` })).toHaveCount(0);
  expect(await sessionOf(member)).toBeNull();

  await row.getByRole("button", { name: "Unblock" }).click();
  await expect(row.getByRole("status")).toHaveText(`@${MEMBER} can sign in again.`);
  await expect(row).toContainText("Active");
  // Unblocking revives none of the sessions from before the block: the member signs in again.
  expect(await sessionOf(member)).toBeNull();

  // An admin signs a member out of every device.
  await signInMemberAt(member, "/settings");
  await row.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(row.getByRole("status")).toHaveText(`@${MEMBER} is signed out on every device.`);
  await member.goto("/settings");
  await expect(member.getByText("to change your settings")).toBeVisible();
});
