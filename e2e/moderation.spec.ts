import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD, reportReview } from "./support/members";
import { deleteOwnReview, permalinkOf, reportedReviewInQueue } from "./support/reviews";

// A film no other spec rates, so its rating count moves only with this test's review.
const FILM = "/films/metropolis-1927";

async function ratingCount(page: Page) {
  return Number((await page.getByTestId("rating-count").textContent())!.replace(/\D/g, ""));
}

test("a review hidden by a moderator, deleted and posted again by its author, waits for a moderator's approval", async ({
  browser,
}) => {
  // Three people sign in, and the film page is rendered afresh after each of six writes.
  test.slow();
  const text = `Cheap posters at my shop, ${Date.now().toString(36)}`;
  // A visitor with no cookies of their own, who sees what everyone sees.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(FILM);
  const countBefore = await ratingCount(stranger);

  const member = await (await browser.newContext()).newPage();
  await signIn(member, await createMember("held"), MEMBER_PASSWORD);
  await member.goto(FILM);
  const box = member.getByRole("region", { name: "Your review" });
  const post = async () => {
    await box.getByRole("radio", { name: "4 stars out of 5" }).check();
    await box.getByLabel("Review").fill(text);
    await box.getByRole("button", { name: /^(Save|Update) review$/ }).click();
    await expect(box.getByRole("status")).toHaveText("Your review is saved.");
  };
  await post();
  const posted = member.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: text });
  await reportReview(Number((await permalinkOf(posted).getAttribute("href"))!.split("/").pop()), "petr_novak");

  const { admin, reported } = await reportedReviewInQueue(browser, text);
  await reported.getByLabel("Reason").fill("Advertising");
  await reported.getByRole("button", { name: "Hide" }).click();
  await expect(reported).toHaveCount(0);

  // The author deletes the hidden review and posts the same text again: the hide carries over to it.
  await member.reload();
  await expect(member.getByRole("note")).toContainText("A moderator hid your review: Advertising");
  await deleteOwnReview(box);
  await expect(box.getByRole("button", { name: "Save review" })).toBeVisible();
  await post();
  await member.reload();
  await expect(member.getByRole("note")).toContainText("A moderator hid your review: Advertising");
  await expect(member.getByRole("note")).toContainText("What you saved since waits for a moderator");

  await stranger.reload();
  await expect(stranger.getByRole("region", { name: "Reviews" })).not.toContainText(text);
  expect(await ratingCount(stranger)).toBe(countBefore);

  await admin.goto("/admin/moderation");
  const held = admin.getByRole("list", { name: "Held reviews" }).getByRole("listitem").filter({ hasText: text });
  await expect(held).toContainText("re-posted after a hide");
  await expect(held).toContainText("Hidden because: Advertising");

  // Its history leads back through the re-post to the hide of the review the author deleted.
  await held.getByRole("link", { name: "History" }).click();
  const changes = admin.getByRole("list", { name: "Changes" });
  await expect(changes.getByRole("listitem").filter({ hasText: "repost-held review" })).toBeVisible();
  await changes.getByRole("link", { name: /^posted again after review #\d+ was hidden$/ }).click();
  await expect(changes.getByRole("listitem").filter({ hasText: "author-delete review" })).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: "hide review" })).toBeVisible();

  await admin.goto("/admin/moderation");
  await held.getByRole("button", { name: "Approve" }).click();
  await expect(held).toHaveCount(0);

  await expect(async () => {
    await stranger.reload();
    await expect(stranger.getByRole("region", { name: "Reviews" })).toContainText(text, { timeout: 1_000 });
  }).toPass();
  expect(await ratingCount(stranger)).toBe(countBefore + 1);
  await member.reload();
  await expect(member.getByRole("region", { name: "Your review" })).toBeVisible();
  await expect(member.getByRole("note")).toHaveCount(0);
});
