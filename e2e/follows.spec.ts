// Following members: from their profile, with JavaScript and without; the follower counts and lists every other
// visitor sees at once; the followed member's notification and header count; what the people one follows did
// (/activity) and how they rated a film, shown to the follower alone; all of it on a phone's 360 px.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { field, signIn, signInAsDemoMember } from "./support/forms";
import { createMember, MEMBER_PASSWORD } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";

const FILM = "/films/ikiru-1952";
// The answer to a click, then the member's state fetched again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** A member whose profile and followers page a stranger's visit has cached with nobody following them. */
async function newFollowee(prefix: string, baseURL: string | undefined) {
  const username = await createMember(prefix);
  const profile = `${baseURL}/users/${username}`;
  const followers = `${profile}/followers`;
  await expectStrangerSees(profile, ({ body }) => body.includes("0 followers"), "no followers", Date.now());
  await expectStrangerSees(followers, ({ body }) => body.includes("Nobody follows"), "no followers", Date.now());
  return { username, profile, followers };
}

/** What a stranger sees once `follower` followed the member (or stopped). */
async function expectStrangerSeesFollower(
  followee: { profile: string; followers: string },
  follower: string,
  isFollowing: boolean,
) {
  // Both asked at once: each request must be sent within a second of the write, which one after the other may not be.
  const since = Date.now();
  await Promise.all([
    expectStrangerSees(
      followee.profile,
      ({ body }) => body.includes(isFollowing ? ">1 follower<" : ">0 followers<"),
      "the follower count",
      since,
    ),
    expectStrangerSees(
      followee.followers,
      ({ status, body }) => status === 200 && body.includes(`href="/users/${follower}"`) === isFollowing,
      isFollowing ? "the follower listed" : "the follower gone",
      since,
    ),
  ]);
}

async function signedInBrowser(browser: Browser, username: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, MEMBER_PASSWORD);
  return page;
}

function notificationsLink(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
}

test("a member follows another, who is told; the follower sees their review on /activity and their rating on the film", async ({
  page,
  browser,
  baseURL,
}) => {
  // Three members' browsers and a dozen pages: long on a busy machine.
  test.slow();
  const star = await newFollowee("star", baseURL);
  const fan = await createMember("fan");
  await signIn(page, fan, MEMBER_PASSWORD);
  await page.goto(`/users/${star.username}`);
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByText(`You follow @${star.username}`)).toBeVisible(ANSWERED);
  await expect(page.getByRole("button", { name: "Unfollow" })).toBeVisible();
  await expectStrangerSeesFollower(star, fan, true);

  // A visitor of their own, with no cookies, sees the count and the list, and is offered to sign in to follow.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(star.profile);
  await expect(visitor.getByRole("link", { name: "1 follower", exact: true })).toBeVisible();
  await expect(visitor.getByRole("link", { name: `Sign in to follow @${star.username}` })).toBeVisible();
  await visitor.getByRole("link", { name: "1 follower", exact: true }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Following ${star.username}`);
  await expect(visitor.getByRole("list", { name: "Followers" }).getByRole("link", { name: fan })).toBeVisible();

  // The followed member: a count in the header, the notice on their page, then nothing unread.
  const starPage = await signedInBrowser(browser, star.username);
  await expect(notificationsLink(starPage)).toHaveAccessibleName("Notifications, 1 unread", ANSWERED);
  await notificationsLink(starPage).click();
  await expect(starPage).toHaveURL(/\/notifications$/);
  const notice = starPage.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
  await expect(notice).toContainText(`${fan} followed you`);
  await expect(notice).toContainText("New");
  await starPage.goto("/");
  await expect(notificationsLink(starPage)).toHaveAccessibleName("Notifications", ANSWERED);
  // They follow nobody, so a film's page shows them no one's rating.
  await starPage.goto(FILM);
  const box = starPage.getByRole("region", { name: "Your review" });
  await box.getByRole("radio", { name: "4 stars out of 5" }).check();
  await box.getByLabel("Review").fill("Followed and reviewed: a quiet, enormous film.");
  await box.getByRole("button", { name: "Save review" }).click();
  await expect(box.getByRole("status")).toHaveText("Your review is saved.");
  await expect(starPage.getByRole("list", { name: "Ratings by people you follow" })).toHaveCount(0);

  // The follower: the review on /activity (linked from the header and the home page), their rating on the film.
  await page.goto("/");
  await page.getByRole("link", { name: "From people you follow →" }).click();
  await expect(page).toHaveURL(/\/activity$/);
  const latest = page.getByRole("list", { name: "Activity" }).getByRole("listitem").first();
  await expect(latest).toContainText(`${star.username} reviewed Ikiru (1952)`);
  await expect(latest.getByRole("img", { name: "4 stars out of 5" })).toBeVisible();
  await page.goto(FILM);
  const friends = page.getByRole("list", { name: "Ratings by people you follow" });
  await expect(friends.getByRole("listitem")).toHaveCount(1, ANSWERED);
  await expect(friends.getByRole("listitem")).toContainText(star.username);
  await expect(friends.getByRole("img", { name: "4 stars out of 5" })).toBeVisible();

  // Nobody else: the visitor sees no friends' ratings on the same cached page.
  await visitor.goto(FILM);
  await expect(visitor.getByRole("link", { name: "Sign in to add to your watchlist" })).toBeVisible();
  await expect(visitor.getByRole("list", { name: "Ratings by people you follow" })).toHaveCount(0);
  await visitor.context().close();

  await page.goto(`/users/${star.username}`);
  await page.getByRole("button", { name: "Unfollow" }).click();
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toBeVisible(ANSWERED);
  await expectStrangerSeesFollower(star, fan, false);
  await starPage.context().close();
});

test("a visitor is sent to sign in for /activity and /notifications; a made-up followers page is a real 404", async ({
  page,
  request,
}) => {
  for (const path of ["/activity", "/notifications"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?returnTo=${encodeURIComponent(path)}$`));
  }
  const username = await createMember("lonely");
  for (const path of [
    `/users/${username}/followers/latest/2`,
    `/users/${username}/following/sideways/1`,
    "/users/no_such_member/followers",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of [`/users/${username}/followers`, `/users/${username}/following/latest/1`]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member follows and unfollows with plain form posts", async ({ page, baseURL }) => {
    const star = await newFollowee("nojs_star", baseURL);
    const fan = await createMember("nojs_fan");
    const profile = `/users/${star.username}`;
    await page.goto(`/sign-in?returnTo=${profile}`);
    await field(page, "Username or email").fill(fan);
    await field(page, "Password").fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${profile}$`));

    await page.getByRole("button", { name: "Follow", exact: true }).click();
    // The post is answered with a redirect back to the profile (Post/Redirect/Get).
    await expect(page).toHaveURL(new RegExp(`${profile}$`));
    await expectStrangerSeesFollower(star, fan, true);

    await page.getByRole("button", { name: "Unfollow" }).click();
    await expect(page).toHaveURL(new RegExp(`${profile}$`));
    await expectStrangerSeesFollower(star, fan, false);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  async function expectFits(page: Page, what: string) {
    expect(await overflowOf(page), what).toEqual({ beyond: 0, stickingOut: [] });
    const header = (await page.getByRole("navigation", { name: "Main" }).boundingBox())!;
    expect(header.x + header.width, `the header of ${what}`).toBeLessThanOrEqual(360);
  }

  test("the header, the profile's follow button and the new pages fit 360 px", async ({ page }) => {
    // A demo member: the header holds a short username on a phone.
    await signInAsDemoMember(page, "kenji");
    await expect(notificationsLink(page)).toBeVisible();
    await expectFits(page, "the home page");
    await page.goto("/users/midnight_reels");
    await expect(page.getByRole("button", { name: /^(Follow|Unfollow)$/ })).toBeVisible(ANSWERED);
    await expectFits(page, "a profile");
    // Their own profile has no button.
    await page.goto("/users/kenji");
    await expect(page.getByText("Checking whether you follow…")).toHaveCount(0, ANSWERED);
    await expect(page.getByRole("button", { name: /^(Follow|Unfollow)$/ })).toHaveCount(0);
    for (const path of ["/activity", "/notifications", "/users/kenji/followers", "/users/kenji/following"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectFits(page, path);
    }
  });
});
