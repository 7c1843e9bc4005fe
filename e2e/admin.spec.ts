import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { field, signInAsDemoMember } from "./support/forms";
import { permalinkOf } from "./support/reviews";

test("visitors and members get a real 404 on every admin page", async ({ page }) => {
  for (const path of [
    "/admin",
    "/admin/films",
    "/admin/films/new",
    "/admin/audit",
    "/admin/people",
    "/admin/users",
    "/admin/person-suggestions?q=lee",
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await signInAsDemoMember(page, "kenji");
  for (const path of ["/admin", "/admin/films/1", "/admin/audit", "/admin/people/1", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("an admin finds their tools from the header and from the film and person pages; a member does not", async ({
  page,
}) => {
  await signInAsDemoMember(page, "kenji");
  await page.goto("/films/escape-2024");
  await expect(page.getByRole("link", { name: "@kenji" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit film" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signInAsDemoMember(page, "admin");
  await page.goto("/films/escape-2024");
  await page.getByRole("link", { name: "Edit film" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Escape");
  await expect(page).toHaveURL(/\/admin\/films\/\d+$/);
  await page.goto("/people/lee-jong-pil");
  await page.getByRole("link", { name: "Edit person" }).click();
  await expect(page).toHaveURL(/\/admin\/people\/\d+$/);
  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
});

test("an admin creates a film with credits and a plot, renames it, and reverts the rename from the audit log", async ({
  page,
}) => {
  // Five saves, each rendering the admin page again, and three public pages.
  test.slow();
  const title = `Test Reel ${Date.now().toString(36)}`;
  const slug = title.toLowerCase().replace(/ /g, "-");
  const newcomer = `Nova ${Date.now().toString(36)}`;
  // A director of the test's own: crediting a demo person would change pages other tests check.
  const director = `Dana ${Date.now().toString(36)}`;
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/people/new");
  await field(page, "Name").fill(director);
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The person is created." })).toBeVisible();
  await page.goto("/admin/films/new");
  await field(page, "Title").fill(title);
  await field(page, "Year").fill("2025");
  await field(page, "Runtime (minutes)").fill("88");
  await page.getByRole("checkbox", { name: "Drama" }).check();
  await field(page, "Countries").fill("czech r");
  await page.getByRole("option", { name: /^Czech Republic/ }).click();
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The film is created." })).toBeVisible();

  const plots = page.getByRole("region", { name: "Plots" });
  await plots.getByRole("button", { name: "Add a plot" }).click();
  await plots.getByLabel("Plot", { exact: true }).fill("A projectionist finds a reel that was never shot.");
  await plots.getByRole("button", { name: "Save plots" }).click();
  await expect(
    plots.getByRole("list").getByText("Credit the source, e.g. Wikipedia or the distributor."),
  ).toBeVisible();
  await expect(plots.getByLabel("Plot", { exact: true })).toHaveValue(
    "A projectionist finds a reel that was never shot.",
  );
  await plots.getByLabel("Source", { exact: true }).fill("Marquee editors");
  await plots.getByRole("button", { name: "Save plots" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The plots are saved." })).toBeVisible();

  const creditsEditor = page.getByRole("region", { name: "Credits" });
  await creditsEditor.getByLabel("Role of the new credit").selectOption("director");
  await creditsEditor.getByLabel("Find a person").fill(director.toLowerCase());
  await creditsEditor.getByRole("button", { name: `Add ${director}`, exact: true }).click();
  await creditsEditor.getByLabel("Role of the new credit").selectOption("cast");
  await creditsEditor.getByLabel("Find a person").fill(newcomer);
  await creditsEditor.getByRole("button", { name: `Add “${newcomer}” as a new person` }).click();
  await creditsEditor.getByRole("group", { name: "Credit 2" }).getByLabel("Character").fill("The Projectionist");
  await creditsEditor.getByRole("button", { name: "Credit 2: Move up" }).click();
  await expect(creditsEditor.getByRole("group", { name: "Credit 1" })).toContainText(newcomer);
  await creditsEditor.getByRole("button", { name: "Save credits" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The credits are saved." })).toBeVisible();

  await page.goto(`/films/${slug}-2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (2025)`);
  await expect(page.getByRole("link", { name: "Drama" })).toBeVisible();
  await expect(page.getByRole("link", { name: director }).first()).toBeVisible();
  await expect(page.getByText("The Projectionist")).toBeVisible();
  await expect(page.getByText("A projectionist finds a reel that was never shot.")).toBeVisible();
  await expect(page.getByText("— Marquee editors")).toBeVisible();

  await page.goBack();
  await field(page, "Title").fill(`${title} Redux`);
  await page.getByRole("button", { name: "Save film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  const oldAddress = await page.request.get(`/films/${slug}-2025`, { maxRedirects: 0 });
  expect([301, 308]).toContain(oldAddress.status());
  expect(oldAddress.headers().location).toContain(`/films/${slug}-redux-2025`);

  await page.getByRole("link", { name: "History" }).click();
  const changes = page.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await expect(changes).toHaveCount(4);
  await expect(changes.first()).toContainText("update film");
  await expect(changes.first()).toContainText(`${title} Redux`);
  await expect(changes.nth(1)).toContainText(`${newcomer} · cast · The Projectionist; ${director} · director`);
  await expect(changes.nth(2)).toContainText("Marquee editors");
  await expect(changes.last()).toContainText("create film");
  await changes.first().getByRole("button", { name: "Revert this change" }).click();
  await expect(changes).toHaveCount(5);
  await expect(changes.first()).toContainText("revert film");

  await page.goto(`/films/${slug}-2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (2025)`);
  // The revert puts back the title only: the credits saved before it stay.
  await expect(page.getByText("The Projectionist")).toBeVisible();
});

test("an admin uploads a poster, checked by its content, and deletes a film", async ({ page }) => {
  test.slow();
  const title = `Poster Reel ${Date.now().toString(36)}`;
  await signInAsDemoMember(page, "admin");
  await page.goto("/admin/films/new");
  await field(page, "Title").fill(title);
  await field(page, "Year").fill("2024");
  await page.getByRole("button", { name: "Create film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The film is created." })).toBeVisible();
  const editAddress = page.url();

  const posterSection = page.getByRole("region", { name: "Poster" });
  await posterSection
    .getByLabel("Image file")
    .setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await posterSection.getByRole("button", { name: "Upload poster" }).click();
  await expect(posterSection.getByText("This file is not a JPEG, PNG, WebP or AVIF image.")).toBeVisible();
  const png = await sharp({ create: { width: 400, height: 600, channels: 3, background: "#7a2e1f" } })
    .png()
    .toBuffer();
  await posterSection
    .getByLabel("Image file")
    .setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: png });
  await posterSection.getByRole("button", { name: "Upload poster" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The poster is saved." })).toBeVisible();

  await page.goto(`/films/${title.toLowerCase().replace(/ /g, "-")}-2024`);
  const poster = page.getByRole("img", { name: `Poster of ${title} (2024)` });
  await expect(poster).toBeVisible();
  await expect.poll(() => poster.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  await page.goto(editAddress);
  const deletion = page.getByRole("region", { name: "Delete this film" });
  await deletion.getByRole("checkbox").check();
  await deletion.getByRole("button", { name: "Delete film" }).click();
  await expect(page).toHaveURL(/\/admin\/films\?deleted=1$/);
  expect((await page.request.get(`/films/${title.toLowerCase().replace(/ /g, "-")}-2024`)).status()).toBe(404);
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

test("the film editor asks before a link leaves edits unsaved, and not once they are saved", async ({ page }) => {
  await signInAsDemoMember(page, "admin");
  await page.goto("/films/ikiru-1952");
  await page.getByRole("link", { name: "Edit film" }).click();
  const runtime = field(page, "Runtime (minutes)");
  const runtimeBefore = await runtime.inputValue();
  await runtime.fill(String(Number(runtimeBefore) + 1));
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Public page" }).click();
  await expect(runtime).toHaveValue(String(Number(runtimeBefore) + 1));
  expect(questions).toEqual(["Leave this page? Edits you have not saved will be lost."]);

  await runtime.fill(runtimeBefore);
  await page.getByRole("button", { name: "Save film" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toBeVisible();
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole("link", { name: "Public page" }).click();
  await expect(page).toHaveURL(/\/films\/ikiru-1952$/);
  expect(questions).toHaveLength(1);
});

test("a reported review hidden by an admin leaves the film page, and its author is told why", async ({ browser }) => {
  // Three members sign in and a dozen pages load.
  test.slow();
  const reporter = await browser.newPage();
  await signInAsDemoMember(reporter, "petr_novak");
  await reporter.goto("/films/seven-samurai-1954");
  const reported = reporter
    .getByRole("region", { name: "Reviews" })
    .getByRole("article")
    .filter({ hasText: "not a wasted" });
  await permalinkOf(reported).click();
  await expect(reporter).toHaveURL(/\/reviews\/\d+$/);
  await reporter.getByText("Report this review").click();
  await reporter.getByRole("radio", { name: "Spam or advertising" }).check();
  await reporter.getByRole("button", { name: "Send report" }).click();
  await expect(reporter.getByRole("status").filter({ hasText: "a moderator will look at this review" })).toBeVisible();

  const admin = await browser.newPage();
  await signInAsDemoMember(admin, "admin");
  await admin.goto("/admin/moderation");
  const queued = admin
    .getByRole("list", { name: "Reported reviews" })
    .getByRole("listitem")
    .filter({ hasText: "not a wasted" });
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

test("an admin merges a duplicate person, whose old address then leads to the one kept", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const createPerson = async (name: string) => {
    await page.goto("/admin/people/new");
    await field(page, "Name").fill(name);
    await field(page, "Birth date").fill("1970-02-03");
    await page.getByRole("button", { name: "Create person" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The person is created." })).toBeVisible();
    return page.url();
  };
  await signInAsDemoMember(page, "admin");
  await createPerson(`Kept Person ${suffix}`);
  const duplicate = await createPerson(`Kept Persson ${suffix}`);
  await page.goto(duplicate);
  await page.getByText("Merge into…").click();
  await field(page, "Person to keep").fill(`kept-person-${suffix}`);
  await page.getByRole("button", { name: /^Merge and delete/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "The duplicate is merged into this person." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Kept Person ${suffix}`);

  const oldAddress = await page.request.get(`/people/kept-persson-${suffix}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(oldAddress.status());
  expect(oldAddress.headers().location).toContain(`/people/kept-person-${suffix}`);
});
