import { expect, test } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";

test("visitors and members get a real 404 on every admin page", async ({ page }) => {
  for (const path of ["/admin", "/admin/films", "/admin/films/new", "/admin/audit"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await signInAsDemoMember(page, "kenji");
  for (const path of ["/admin", "/admin/films/1", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("an admin creates a film, renames it, and reverts the rename from the audit log", async ({ page }) => {
  const title = `Test Reel ${Date.now().toString(36)}`;
  const slug = title.toLowerCase().replace(/ /g, "-");
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/films/new");
  await field(page, "Title").fill(title);
  await field(page, "Year").fill("2025");
  await field(page, "Runtime (minutes)").fill("88");
  await page.getByRole("checkbox", { name: "Drama" }).check();
  await field(page, "Countries").selectOption(["CZ"]);
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The film is created." })).toBeVisible();

  await page.goto(`/films/${slug}-2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (2025)`);
  await expect(page.getByRole("link", { name: "Drama" })).toBeVisible();

  await page.goBack();
  await field(page, "Title").fill(`${title} Redux`);
  await page.getByRole("button", { name: "Save film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  const oldAddress = await page.request.get(`/films/${slug}-2025`, { maxRedirects: 0 });
  expect([301, 308]).toContain(oldAddress.status());
  expect(oldAddress.headers().location).toContain(`/films/${slug}-redux-2025`);

  await page.getByRole("link", { name: "History" }).click();
  const changes = page.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await expect(changes).toHaveCount(2);
  await expect(changes.first()).toContainText("update film");
  await expect(changes.first()).toContainText(`${title} Redux`);
  await expect(changes.last()).toContainText("create film");
  await changes.first().getByRole("button", { name: "Revert this change" }).click();
  await expect(changes).toHaveCount(3);
  await expect(changes.first()).toContainText("revert film");

  await page.goto(`/films/${slug}-2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (2025)`);
});

test("the film form says what is wrong and keeps what was typed", async ({ page }) => {
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/films/new");
  await field(page, "Title").fill("Year Typo");
  await field(page, "Year").fill("1066");
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page.getByText("Films begin in the 1870s.")).toBeVisible();
  await expect(field(page, "Title")).toHaveValue("Year Typo");
});

test("a reported review hidden by an admin leaves the film page, and its author is told why", async ({ browser }) => {
  // Three members sign in and a dozen pages load.
  test.slow();
  const reporter = await browser.newPage();
  await signInAsDemoMember(reporter, "petr_novak");
  await reporter.goto("/films/seven-samurai-1954");
  const reported = reporter.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: "not a wasted" });
  await reported.getByRole("link", { name: /\d{4}$/ }).click();
  await expect(reporter).toHaveURL(/\/reviews\/\d+$/);
  await reporter.getByText("Report this review").click();
  await reporter.getByRole("radio", { name: "Spam or advertising" }).check();
  await reporter.getByRole("button", { name: "Send report" }).click();
  await expect(reporter.getByRole("status").filter({ hasText: "a moderator will look at this review" })).toBeVisible();

  const admin = await browser.newPage();
  await signInAsDemoMember(admin, "admin");
  await admin.goto("/admin/moderation");
  const queued = admin.getByRole("list", { name: "Reported reviews" }).getByRole("listitem").filter({ hasText: "not a wasted" });
  await queued.getByRole("button", { name: "Hide" }).click();
  await expect(queued.getByRole("status")).toHaveText("Say why: the author will see it.");
  await queued.getByLabel("Reason").fill("Not spam, but testing the queue");
  await queued.getByRole("button", { name: "Hide" }).click();
  // Its reports are resolved, so it leaves the queue.
  await expect(queued).toHaveCount(0);

  await reporter.goto("/films/seven-samurai-1954");
  await expect(reporter.getByRole("region", { name: "Reviews" }).getByText("not a wasted")).toHaveCount(0);

  const author = await browser.newPage();
  await signInAsDemoMember(author, "kenji");
  await author.goto("/films/seven-samurai-1954");
  await expect(author.getByRole("note")).toContainText("A moderator hid your review: Not spam, but testing the queue");
});
