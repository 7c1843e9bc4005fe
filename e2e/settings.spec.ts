import { expect, test, type Browser, type Page } from "@playwright/test";
import { field, signIn } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";

async function signUp(page: Page, username: string, password: string) {
  await page.goto("/sign-up");
  await field(page, "Username").fill(username);
  await field(page, "Email").fill(`${username}@example.com`);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  // argon2id takes its time, more so on a busy machine.
  await expect(page.getByRole("link", { name: `@${username}` })).toBeVisible({ timeout: 15_000 });
}

async function signInElsewhere(browser: Browser, username: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await field(page, "Username or email").fill(username);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: `@${username}` })).toBeVisible();
  return page;
}

test("changing the password keeps this session and ends the others", async ({ page, browser }) => {
  const username = `pw_${Date.now().toString(36)}`;
  await signUp(page, username, "the first long passphrase");
  const otherDevice = await signInElsewhere(browser, username, "the first long passphrase");

  await page.getByRole("link", { name: "Settings" }).click();
  await field(page, "Current password").fill("not it at all");
  await field(page, "New password").fill("the second long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await field(page, "Current password").fill("the first long passphrase");
  await field(page, "New password").fill("the second long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toBeVisible();
  await expect(page.getByRole("link", { name: `@${username}` })).toBeVisible();

  await otherDevice.goto("/settings");
  await expect(otherDevice.getByText("to change your settings")).toBeVisible();
  await expect(otherDevice.getByRole("link", { name: `@${username}` })).toHaveCount(0);
});

test("deleting the account removes the member, their reviews and their ratings", async ({ page, request }) => {
  const username = `del_${Date.now().toString(36)}`;
  const password = "a long enough passphrase";
  await signUp(page, username, password);

  await page.goto("/films/casablanca-1942");
  const countText = async () => (await page.getByTestId("rating-count").textContent())!;
  const before = await countText();
  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "5 stars out of 5", exact: true }).check();
  await box.getByLabel("Review").fill("Here's looking at you, kid.");
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("region", { name: "Reviews" }).getByText("Here's looking at you, kid.")).toBeVisible();

  await page.goto("/settings");
  await field(page, "Password to confirm").fill(password);
  await page.getByRole("radio", { name: "Delete them with my account." }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  expect((await request.get(`/users/${username}`)).status()).toBe(404);
  await page.goto("/films/casablanca-1942");
  await expect(page.getByText("Here's looking at you, kid.")).toHaveCount(0);
  expect(await countText()).toBe(before);
});

// A film no other test rates: the deletion test beside this one counts Casablanca's ratings.
const KEPT_FILM = "/films/a-separation-2011";

test("a member who deletes their account may keep their written reviews, credited to a deleted member", async ({
  page,
  browser,
}) => {
  // Made in the database: sign-ups from one address are limited, and the form's own test is elsewhere.
  const username = await createMember("keep");
  const password = MEMBER_PASSWORD;
  // Words that do not name the member: their name must appear nowhere once they have gone.
  const words = `A review that outlives its author, ${Math.random().toString(36).slice(2)}.`;
  await signIn(page, username, password);
  await page.goto(KEPT_FILM);
  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "4 stars out of 5", exact: true }).check();
  await box.getByLabel("Review").fill(words);
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("region", { name: "Reviews" }).getByText(words)).toBeVisible();

  await page.goto("/settings");
  await field(page, "Password to confirm").fill(password);
  // Nothing is assumed: the choice must be made.
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Choose whether your reviews are deleted or kept.")).toBeVisible();
  await field(page, "Password to confirm").fill(password);
  await page.getByRole("radio", { name: /Keep them on their films/ }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);

  // Someone else, on a new connection without cookies, sees the review under nobody's name and no profile.
  // From an address of its own, as a proxy in front says: it signs up at the end, and sign-ups are limited per address.
  const visitor = await (
    await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.41" } })
  ).newPage();
  await visitor.goto(KEPT_FILM);
  const review = visitor.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: words });
  await expect(review.getByText("Deleted member", { exact: true })).toBeVisible();
  await expect(review.getByRole("link", { name: "Deleted member" })).toHaveCount(0);
  await expect(visitor.getByText(username)).toHaveCount(0);
  expect((await visitor.request.get(`/users/${username}`)).status()).toBe(404);

  // The name and the address are free again, and nothing signs in as the deleted member.
  await visitor.goto("/sign-in");
  await field(visitor, "Username or email").fill(username);
  await field(visitor, "Password").fill(password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByText("That username or email and password do not match an account.")).toBeVisible({
    timeout: 15_000,
  });
  await signUp(visitor, username, password);
  await visitor.goto(`/users/${username}`);
  await expect(visitor.getByText(words)).toHaveCount(0);
});

test("members export their ratings as Letterboxd CSV and import a Letterboxd export with a report", async ({
  page,
}) => {
  await page.goto("/sign-in?returnTo=/settings");
  await field(page, "Username or email").fill("popcorn_sam");
  await field(page, "Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();

  const exported = await page.request.get("/settings/export.csv");
  expect(exported.status(), await exported.text()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const csv = await exported.text();
  expect(csv.split("\r\n")[0]).toBe(
    '"Date","Name","Year","Letterboxd URI","Rating","Rewatch","Review","Tags","Watched Date","Spoilers"',
  );
  expect(csv).toMatch(/"Escape","2024","https?:\/\/[^"]+\/films\/escape-2024","4"/);
  expect(csv).toContain('"Battleship Potemkin","1925"');
  expect(csv).toContain('"trash"');

  // The member's own export, imported back, changes nothing.
  const exportedRows = csv.match(/\r\n"\d{4}-\d\d-\d\d",/g)!.length;
  await field(page, "Letterboxd CSV").setInputFiles({
    name: "reviews.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Import ratings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ratings imported" })).toContainText(
    `Ratings imported: 0 added, 0 updated, ${exportedRows} unchanged, 0 not found in Marquee.`,
  );

  await field(page, "Letterboxd CSV").setInputFiles({
    name: "ratings.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "Date,Name,Year,Letterboxd URI,Rating",
        "2025-03-01,Rashomon,1950,https://boxd.it/a,4.5",
        "2025-03-02,The Film That Isn't,2011,https://boxd.it/b,3",
        "2025-03-03,Ikiru,1952,https://boxd.it/c,",
      ].join("\n"),
    ),
  });
  await page.getByRole("button", { name: "Import ratings" }).click();
  const report = page.getByRole("status").filter({ hasText: "Ratings imported" });
  await expect(report).toContainText("Ratings imported: 1 added, 0 updated, 0 unchanged, 1 not found in Marquee:");
  await expect(report).toContainText("The Film That Isn't (2011), line 3");
  await expect(report).toContainText('Line 4 skipped: no rating from 0.5 to 5 for "Ikiru"');

  await page.goto("/films/rashomon-1950");
  await expect(
    page
      .getByRole("region", { name: "Ratings without a review" })
      .getByRole("listitem")
      .filter({ hasText: "Sam" })
      .getByRole("img", { name: "4.5 stars out of 5" }),
  ).toBeVisible();
});
