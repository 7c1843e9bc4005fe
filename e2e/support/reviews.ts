import type { Browser, BrowserContextOptions, Locator } from "@playwright/test";
import { signInAsDemoMember } from "./forms";

/** A review's date, which links to its own page ("25 November 2026"); its author's name may end in digits too. */
export function permalinkOf(review: Locator) {
  return review.getByRole("link", { name: /^\d{1,2} [A-Z][a-z]+ \d{4}$/ });
}

/** Deletes the member's review from its box: the link, then the confirmation dialog's button. */
export async function deleteOwnReview(box: Locator) {
  await box.getByRole("link", { name: "Delete my review" }).click();
  await box
    .page()
    .getByRole("dialog", { name: "Delete your review?" })
    .getByRole("button", { name: "Delete review" })
    .click();
}

/** The demo admin, signed in in a browser of their own, and the reported review holding `text` in their queue. */
export async function reportedReviewInQueue(browser: Browser, text: string, options: BrowserContextOptions = {}) {
  const admin = await (await browser.newContext(options)).newPage();
  await signInAsDemoMember(admin, "admin");
  await admin.goto("/admin/moderation");
  const reported = admin
    .getByRole("list", { name: "Reported reviews" })
    .getByRole("listitem")
    .filter({ hasText: text });
  return { admin, reported };
}
