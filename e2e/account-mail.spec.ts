// What a member does with their account by email, read from a real SMTP server: a forgotten password reset from its
// link (the old one and the link then stop working), a new email confirmed from its link; and the profile they edit.
// Serial: one SMTP server on the app's mail port.
import { expect, test } from "@playwright/test";
import { linkIn, type SmtpInbox, startSmtpInbox } from "../tests/support/smtp-inbox";
import { field, signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";
import { E2E_SMTP_PORT } from "./support/smtp";

test.describe.configure({ mode: "serial" });

const NEW_PASSWORD = "a fresh passphrase for the reset";
let inbox: SmtpInbox;

test.beforeAll(async () => {
  inbox = await startSmtpInbox(E2E_SMTP_PORT);
});

test.afterAll(async () => {
  await inbox?.close();
});

test("a member resets a forgotten password from the emailed link, and the old password and the link stop working", async ({
  page,
  browser,
}) => {
  const username = await createMember("forgetful");
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  // A typo first: the field says what is wrong, and keeps what was typed.
  await field(page, "Your account’s email").fill(`${username}@example`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(field(page, "Your account’s email")).toHaveValue(`${username}@example`);

  await field(page, "Your account’s email").fill(`${username}@example.com`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("If an account uses that email")).toBeVisible();
  const link = linkIn(await inbox.nextMailTo(`${username}@example.com`, 20_000), "/reset-password/");

  // The link is followed in the browser the mail was read in: the one that asked, here.
  await page.goto(link.pathname);
  await expect(page.getByText(`For @${username}.`)).toBeVisible();
  await field(page, "New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await field(page, "New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/settings\?password=reset$/);
  await expect(page.getByText("Your password is changed.")).toBeVisible();

  // Another browser: the old password is refused, the new one signs in, and the link is spent.
  const other = await (await browser.newContext()).newPage();
  await other.goto("/sign-in");
  await field(other, "Username or email").fill(username);
  await field(other, "Password").fill(MEMBER_PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("alert").first()).toBeVisible();
  await signIn(other, username, NEW_PASSWORD);
  await other.goto(link.pathname);
  await expect(other.getByText("This link no longer works")).toBeVisible();
  await other.context().close();
});

test("an address no account uses gets the same answer, and no mail", async ({ page }) => {
  const received = inbox.messages.length;
  await page.goto("/forgot-password");
  await field(page, "Your account’s email").fill("nobody-at-all@example.com");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("If an account uses that email")).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(inbox.messages.length).toBe(received);
});

test("a member edits their profile and moves to a new email once its link is followed", async ({ page, baseURL }) => {
  const username = await createMember("mover");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto("/settings");
  await field(page, "Display name").fill("Mover Extraordinaire");
  await field(page, "Bio").fill("Watches <b>everything</b> twice.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible({ timeout: 15_000 });
  const since = Date.now();
  await expectStrangerSees(
    `${baseURL}/users/${username}`,
    ({ body }) =>
      body.includes("Mover Extraordinaire") && body.includes("Watches &lt;b&gt;everything&lt;/b&gt; twice."),
    "the new display name and the bio as text",
    since,
  );

  const newEmail = `${username}@elsewhere.example`;
  await field(page, "New email").fill(newEmail);
  await field(page, "Your password").fill("not my password at all");
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expect(field(page, "New email")).toHaveValue(newEmail);
  await field(page, "Your password").fill(MEMBER_PASSWORD);
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText("We sent a link to your new email.")).toBeVisible();
  await expect(page.getByText(`Your email is ${username}@example.com.`)).toBeVisible();
  // The old address hears of it; the new one gets the link.
  expect((await inbox.nextMailTo(`${username}@example.com`, 20_000)).text).toContain(newEmail);
  const link = linkIn(await inbox.nextMailTo(newEmail, 20_000), "/verify-email/");

  await page.goto(link.pathname);
  await expect(page.getByText(`Make ${newEmail} the email of @${username}?`)).toBeVisible();
  await page.getByRole("button", { name: "Confirm this email" }).click();
  await expect(page.getByText("Your email is changed.")).toBeVisible();
  await page.goto("/settings");
  await expect(page.getByText(`Your email is ${newEmail}.`)).toBeVisible();
  await page.goto(link.pathname);
  await expect(page.getByText("This link no longer works")).toBeVisible();
});

test.describe("on a phone, without JavaScript", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });

  test("the forms post and fit 360 px", async ({ page }) => {
    const username = await createMember("phone_reset");
    await page.goto("/forgot-password");
    expect(await overflowOf(page)).toEqual({ beyond: 0, stickingOut: [] });
    await field(page, "Your account’s email").fill(`${username}@example.com`);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page).toHaveURL(/\/forgot-password\?sent=1$/);
    await expect(page.getByText("If an account uses that email")).toBeVisible();
    const link = linkIn(await inbox.nextMailTo(`${username}@example.com`, 20_000), "/reset-password/");
    await page.goto(link.pathname);
    expect(await overflowOf(page)).toEqual({ beyond: 0, stickingOut: [] });
    await field(page, "New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/settings\?password=reset$/);
  });
});
