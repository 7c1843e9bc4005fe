// A member's avatar: uploaded and removed in Settings, with JavaScript and without, and seen on their profile by every
// other visitor at once; Settings and the profile fit a phone.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { field, signIn, signInAsDemoMember } from "./support/forms";
import { createMember, MEMBER_PASSWORD, writeReview } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";

// The answer to an upload: the image is decoded and resized on a busy machine.
const ANSWERED = { timeout: 15_000 };
const INITIAL = 'data-testid="avatar-initial"';

/** A picture made here, so the repository holds none: wider than tall, to be cut to a square. */
async function picture() {
  const buffer = await sharp({ create: { width: 480, height: 320, channels: 3, background: "#2a6f97" } })
    .png()
    .toBuffer();
  return { name: "me.png", mimeType: "image/png", buffer };
}

/** What a stranger sees on a page showing the member (their profile, a review) after the upload or removal answered. */
async function expectStrangerSeesAvatar(url: string, username: string, hasAvatar: boolean) {
  await expectStrangerSees(
    url,
    ({ status, body }) =>
      status === 200 &&
      body.includes(`alt="${username}’s avatar"`) === hasAvatar &&
      body.includes(INITIAL) !== hasAvatar,
    hasAvatar ? "the avatar" : "the initial instead of the avatar",
    Date.now(),
  );
}

/** A new member whose profile a stranger's visit has cached with the initial. */
async function newMember(prefix: string, baseURL: string | undefined) {
  const username = await createMember(prefix);
  const profile = `${baseURL}/users/${username}`;
  await expectStrangerSeesAvatar(profile, username, false);
  return { username, profile };
}

test("a member uploads an avatar in Settings, a different visitor sees it on the profile at once, and it goes", async ({
  page,
  browser,
  baseURL,
}) => {
  const member = await newMember("avatar", baseURL);
  // Their review's page, which shows the avatar beside the author's name, cached with the initial too.
  const review = `${baseURL}/reviews/${await writeReview(member.username, "ikiru-1952", "Quietly enormous.")}`;
  await expectStrangerSeesAvatar(review, member.username, false);
  await signIn(page, member.username, MEMBER_PASSWORD);
  await page.goto("/settings");
  await field(page, "Avatar").setInputFiles(await picture());
  await page.getByRole("button", { name: "Upload avatar" }).click();
  await expect(page.getByText("Your avatar is saved.")).toBeVisible(ANSWERED);
  await expect(page.getByRole("img", { name: `${member.username}’s avatar` })).toBeVisible();
  await expectStrangerSeesAvatar(member.profile, member.username, true);
  await expectStrangerSeesAvatar(review, member.username, true);

  // The visitor's page, in a browser of their own: the picture loads, square, beside the name.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(member.profile);
  const avatar = visitor.getByRole("img", { name: `${member.username}’s avatar` });
  await expect(avatar).toHaveAttribute("width", "96");
  await expect(avatar).toHaveAttribute("height", "96");
  await expect.poll(() => avatar.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(96);
  await visitor.context().close();

  await page.getByRole("button", { name: "Remove avatar" }).click();
  await expect(page.getByText("Your avatar is removed.")).toBeVisible(ANSWERED);
  await expect(page.getByRole("button", { name: "Remove avatar" })).toBeHidden();
  await expectStrangerSeesAvatar(member.profile, member.username, false);
});

test("a file that is not an image is refused with a field error", async ({ page }) => {
  const username = await createMember("notimage");
  await signIn(page, username, MEMBER_PASSWORD);
  await page.goto("/settings");
  await field(page, "Avatar").setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: Buffer.from("not a png"),
  });
  await page.getByRole("button", { name: "Upload avatar" }).click();
  await expect(page.getByText("This file is not a JPEG, PNG, WebP or AVIF image.")).toBeVisible(ANSWERED);
  await expect(field(page, "Avatar")).toHaveAttribute("aria-invalid", "true");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member uploads and removes an avatar with plain form posts", async ({ page, baseURL }) => {
    const member = await newMember("nojs_avatar", baseURL);
    await page.goto("/sign-in?returnTo=/settings");
    await field(page, "Username or email").fill(member.username);
    await field(page, "Password").fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings$/);

    await field(page, "Avatar").setInputFiles(await picture());
    await page.getByRole("button", { name: "Upload avatar" }).click();
    // The post is answered with a redirect back to Settings (Post/Redirect/Get).
    await expect(page).toHaveURL(/\/settings$/);
    await expectStrangerSeesAvatar(member.profile, member.username, true);

    await page.getByRole("button", { name: "Remove avatar" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expectStrangerSeesAvatar(member.profile, member.username, false);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  async function expectFits(page: Page, what: string) {
    expect(await overflowOf(page), what).toEqual({ beyond: 0, stickingOut: [] });
  }

  test("Settings and the profile fit 360 px, with the initial and with an avatar", async ({ page }) => {
    // A demo member: the header holds a short username on a phone (a made-up member's long one would not fit).
    const username = "kenji";
    await signInAsDemoMember(page, username);
    await page.goto(`/users/${username}`);
    await expectFits(page, "the profile with the initial");
    await page.goto("/settings");
    await expectFits(page, "Settings with the initial");

    await field(page, "Avatar").setInputFiles(await picture());
    await page.getByRole("button", { name: "Upload avatar" }).click();
    await expect(page.getByText("Your avatar is saved.")).toBeVisible(ANSWERED);
    await expectFits(page, "Settings with the avatar");
    await page.goto(`/users/${username}`);
    await expect(page.getByRole("img", { name: /’s avatar$/ })).toBeVisible();
    await expectFits(page, "the profile with the avatar");

    // The demo member is left as found.
    await page.goto("/settings");
    await page.getByRole("button", { name: "Remove avatar" }).click();
    await expect(page.getByText("Your avatar is removed.")).toBeVisible(ANSWERED);
  });
});
