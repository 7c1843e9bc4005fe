import { expect, test, type Page } from "@playwright/test";
import { field, signInAsDemoMember } from "./support/forms";
import { deleteOwnReview, permalinkOf } from "./support/reviews";

async function ratingCount(page: Page) {
  return Number((await page.getByTestId("rating-count").textContent())!.replace(/\D/g, ""));
}

test("a new member signs up, rates and reviews Escape, edits and deletes the review, and signs back in", async ({
  page,
  request,
}) => {
  const username = `e2e_${Date.now().toString(36)}`;
  const password = "a long enough passphrase";

  await page.goto("/films/escape-2024");
  const countBefore = await ratingCount(page);
  // The link in the review box, which brings the new member back to the film.
  await page
    .getByText(/to rate and review Escape/)
    .getByRole("link", { name: "Sign in" })
    .click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  await field(page, "Username").fill(username);
  await field(page, "Email").fill(`${username}@example.com`);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/films\/escape-2024$/);
  await expect(page.getByRole("link", { name: `@${username}` })).toBeVisible();
  // The page is one cached file for everyone, even asked for with the member's cookies: their parts come from the
  // browser (the hint cookie and /api/me/reviews), never from the shared HTML.
  const sharedHtml = await (await page.request.get("/films/escape-2024")).text();
  expect(sharedHtml).not.toContain(username);
  expect(sharedHtml).toContain("Sign in");

  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "4 stars out of 5" }).check();
  await box.getByLabel("Review").fill("Sharp and <b>tense</b>: the border run never lets up.");
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(box.getByRole("status")).toHaveText("Your review is saved.");

  const reviews = page.getByRole("region", { name: "Reviews" });
  const mine = reviews.getByRole("article").filter({ hasText: "the border run never lets up" });
  await expect(mine).toBeVisible();
  await expect(mine).toContainText("Sharp and <b>tense</b>");
  await expect(mine.getByRole("img", { name: "4 stars out of 5" })).toBeVisible();
  expect(await ratingCount(page)).toBe(countBefore + 1);

  await permalinkOf(mine).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  const reviewPath = new URL(page.url()).pathname;
  await expect(
    page.getByRole("paragraph").filter({ hasText: "the border run never lets up" }).filter({ visible: true }),
  ).toBeVisible();
  await page.goto(`/users/${username}`);
  await expect(page.getByText("the border run never lets up").filter({ visible: true })).toBeVisible();
  expect(await (await request.get("/feed.xml")).text()).toContain("the border run never lets up");
  await page.goto("/");
  await expect(
    page.getByRole("region", { name: "Latest reviews" }).getByText("the border run never lets up"),
  ).toBeVisible();

  await page.goto("/films/escape-2024");
  await box.getByRole("radio", { name: "3.5 stars out of 5" }).check();
  await box.getByLabel("Review").fill("On reflection: tense, but the middle sags.");
  await box.getByRole("button", { name: "Update review" }).click();
  await expect(box.getByRole("status")).toHaveText("Your review is saved.");
  const edited = reviews.getByRole("article").filter({ hasText: "the middle sags" });
  await expect(edited).toContainText("(edited)");
  await expect(edited.getByRole("img", { name: "3.5 stars out of 5" })).toBeVisible();
  expect(await ratingCount(page)).toBe(countBefore + 1);

  await page.goto(reviewPath);
  const earlier = page.getByRole("region", { name: "Earlier versions" });
  await expect(earlier).toContainText("the border run never lets up");
  await expect(earlier.getByRole("img", { name: "4 stars out of 5" })).toBeVisible();

  // The author can also edit or delete from the permalink; deleting leads back to the film.
  await expect(box.getByRole("radio", { name: "3.5 stars out of 5" })).toBeChecked();
  await deleteOwnReview(box);
  await expect(page).toHaveURL(/\/films\/escape-2024$/);
  await expect(reviews.getByText("the middle sags")).toHaveCount(0);
  expect(await ratingCount(page)).toBe(countBefore);
  expect((await request.get(reviewPath)).status()).toBe(404);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: `@${username}` })).toHaveCount(0);
  await page.goto("/sign-in");
  await field(page, "Username or email").fill(username);
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: `@${username}` })).toBeVisible();
});

test("sign-up and sign-in forms say what is wrong and keep what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await field(page, "Username").fill("x");
  await field(page, "Email").fill("not-an-email");
  await field(page, "Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use 3 to 30 letters, digits or underscores.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(field(page, "Email")).toHaveValue("not-an-email");

  await field(page, "Username").fill("cinephile_anna");
  await field(page, "Email").fill("someone-new@example.com");
  await field(page, "Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This username is taken.")).toBeVisible();

  await page.goto("/sign-in");
  await field(page, "Username or email").fill("cinephile_anna");
  await field(page, "Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That username or email and password do not match an account.")).toBeVisible();
  await expect(field(page, "Username or email")).toHaveValue("cinephile_anna");
});

test("a demo member can sign in with the documented password and sees their own review to edit", async ({ page }) => {
  await page.goto("/sign-in?returnTo=/films/escape-2024");
  await field(page, "Username or email").fill("cinephile_anna@demo.marquee.local");
  await field(page, "Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/films\/escape-2024$/);
  const box = page.getByRole("region", { name: "Your review" });
  await expect(box.getByRole("radio", { name: "3.5 stars out of 5" })).toBeChecked();
  await expect(box.getByLabel("Review")).toHaveValue(/brisk pace/);
});

test("a rating without a review counts in the rating and is listed apart from written reviews", async ({ page }) => {
  await page.goto("/sign-in?returnTo=/films/psycho-1960");
  await field(page, "Username or email").fill("kenji");
  await field(page, "Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/films\/psycho-1960$/);
  const countBefore = await ratingCount(page);

  const box = page.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "4.5 stars out of 5" }).check();
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(box.getByRole("status")).toHaveText("Your review is saved.");

  const bare = page
    .getByRole("region", { name: "Ratings without a review" })
    .getByRole("listitem")
    .filter({ hasText: "Kenji" });
  await expect(bare.getByRole("img", { name: "4.5 stars out of 5" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: "Kenji" }),
  ).toHaveCount(0);
  expect(await ratingCount(page)).toBe(countBefore + 1);
});

test("members report others' reviews once, with a reason; visitors are asked to sign in", async ({ page }) => {
  await page.goto("/films/escape-2024");
  const review = page.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: "brisk pace" });
  await permalinkOf(review).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  const reviewPath = new URL(page.url()).pathname;
  await expect(page.getByText("to report this review")).toBeVisible();

  await page.goto(`/sign-in?returnTo=${reviewPath}`);
  await field(page, "Username or email").fill("midnight_reels");
  await field(page, "Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${reviewPath}$`));

  await page.getByText("Report this review").click();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Choose why you are reporting this review.")).toBeVisible();
  await page.getByRole("radio", { name: "Unmarked spoilers" }).check();
  await page.getByLabel("Details (optional)").fill("It gives away the ending.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a moderator will look at this review" })).toBeVisible();

  await page.reload();
  await page.getByText("Report this review").click();
  await page.getByRole("radio", { name: "Something else" }).check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("You have already reported this review")).toBeVisible();
});

test("a stranger's failed sign-ins are throttled, and never lock the account's owner out", async ({ browser }) => {
  // The stranger guesses from an address of their own (the suite's server trusts loopback as a proxy).
  const stranger = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.66" } });
  const page = await stranger.newPage();
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 11; attempt += 1) {
    await field(page, "Username or email").fill("old_projector");
    await field(page, "Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The message repeats, so wait for the answer itself: React resets the form's fields when it arrives.
    await expect(field(page, "Password")).toHaveValue("");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    const expected = attempt <= 10 ? "do not match an account" : "Too many sign-in attempts. Wait 15 minutes";
    await expect(page.getByRole("status").filter({ hasText: expected })).toBeVisible();
  }
  // From the stranger's address even the right password is refused until the window has passed…
  await field(page, "Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Too many sign-in attempts" })).toBeVisible();
  await stranger.close();

  // …while the owner, from their own address, signs in as ever.
  const owner = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.66" } });
  await signInAsDemoMember(await owner.newPage(), "old_projector");
  await owner.close();
});

test("sign-in posted straight to the Auth.js endpoint past the per-address limit is answered 429", async ({
  request,
}) => {
  // Its own address, so the limit it exhausts is not the one the other tests' browsers share.
  const headers = { "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 250)}` };
  const { csrfToken } = await (await request.get("/api/auth/csrf", { headers })).json();
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 52; attempt += 1) {
    const response = await request.post("/api/auth/callback/credentials", {
      headers,
      form: { csrfToken, login: `nobody_${attempt}`, password: "wrong guess" },
      maxRedirects: 0,
    });
    statuses.push(response.status());
    if (response.status() === 429) expect(response.headers()["retry-after"]).toBe("900");
  }
  expect(statuses.slice(0, 50)).not.toContain(429);
  expect(statuses.at(-1)).toBe(429);
});
