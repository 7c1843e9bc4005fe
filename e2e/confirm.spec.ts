// Deeds that cannot be undone are asked about first: in a dialog, or without JavaScript on a page of their own.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD, reportReview } from "./support/members";
import { permalinkOf, reportedReviewInQueue } from "./support/reviews";

// A film the rest of the suite leaves alone.
const FILM = "/films/metropolis-1927";

/** Saves a review of FILM with `text` from the review box; its id. */
async function writeReview(page: Page, text: string) {
  await page.goto(FILM);
  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "3 stars out of 5" }).check();
  await box.getByLabel("Review").fill(text);
  await box.getByRole("button", { name: /^(Save|Update) review$/ }).click();
  const mine = page.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: text });
  return Number((await permalinkOf(mine).getAttribute("href"))!.split("/").pop());
}

test("deleting one's review asks first: Cancel and Escape keep it, the dialog's button deletes it", async ({
  page,
}) => {
  await signIn(page, await createMember("confirm"), MEMBER_PASSWORD);
  const text = `Asked before it went ${Date.now().toString(36)}`;
  await writeReview(page, text);
  const box = page.getByRole("region", { name: "Your review" });
  // Shown once the save is done, without a reload.
  const deleteLink = box.getByRole("link", { name: "Delete my review" });
  const dialog = page.getByRole("dialog", { name: "Delete your review?" });

  await deleteLink.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await deleteLink.click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole("region", { name: "Reviews" })).toContainText(text);

  await deleteLink.click();
  await dialog.getByRole("button", { name: "Delete review" }).click();
  await expect(page).toHaveURL(new RegExp(`${FILM}$`));
  await expect(page.getByRole("region", { name: "Reviews" })).not.toContainText(text);
});

test("a moderator's deletion asks first, with a reason for the audit log", async ({ browser }) => {
  const member = await (await browser.newContext()).newPage();
  await signIn(member, await createMember("moderated"), MEMBER_PASSWORD);
  const text = `Spam to be deleted ${Date.now().toString(36)}`;
  await reportReview(await writeReview(member, text), "petr_novak");

  const { admin, reported } = await reportedReviewInQueue(browser, text);
  await reported.getByRole("link", { name: "Delete…" }).click();
  const dialog = admin.getByRole("dialog", { name: "Delete this review for good?" });
  await dialog.getByRole("button", { name: "Delete review" }).click();
  await expect(dialog.getByLabel("Reason (for the audit log)")).toBeFocused();
  await dialog.getByLabel("Reason (for the audit log)").fill("Advertising");
  await dialog.getByRole("button", { name: "Delete review" }).click();
  await expect(reported).toHaveCount(0);
  await member.goto(FILM);
  await expect(member.getByRole("region", { name: "Reviews" })).not.toContainText(text);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the confirmation pages delete a member's own review, and a moderator's", async ({ browser }) => {
    const member = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const username = await createMember("nojs_confirm");
    await member.goto("/sign-in");
    await member.getByLabel("Username or email", { exact: true }).fill(username);
    await member.getByLabel("Password", { exact: true }).fill(MEMBER_PASSWORD);
    await member.getByRole("button", { name: "Sign in" }).click();
    const own = `Deleted from its page ${Date.now().toString(36)}`;
    const ownId = await writeReview(member, own);
    await member.goto(`/reviews/${ownId}/delete`);
    await expect(member.getByRole("heading", { level: 1 })).toHaveText(/^Delete your review of Metropolis/);
    await member.getByRole("button", { name: "Delete review" }).click();
    await expect(member).toHaveURL(new RegExp(`${FILM}$`));
    await expect(member.getByRole("region", { name: "Reviews" })).not.toContainText(own);

    const reported = `Reported and deleted ${Date.now().toString(36)}`;
    const reportedId = await writeReview(member, reported);
    const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await admin.goto("/sign-in");
    await admin.getByLabel("Username or email", { exact: true }).fill("admin");
    await admin.getByLabel("Password", { exact: true }).fill("marquee-demo");
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.goto(`/admin/moderation/${reportedId}/delete`);
    await admin.getByLabel("Reason (for the audit log)").fill("Advertising");
    await admin.getByRole("button", { name: "Delete review" }).click();
    await expect(admin).toHaveURL(/\/admin\/moderation$/);
    expect((await admin.request.get(`/reviews/${reportedId}`)).status()).toBe(404);
  });
});
