// Likes on reviews: given on a review's page, with JavaScript and without, counted where the review shows for every
// other visitor at once, and listed on the liker's page. Reviews are written straight in the database: writing one
// through the form is tested in reviews.spec.ts.
import { expect, test, type Page } from "@playwright/test";
import { field, signIn, signInAsDemoMember } from "./support/forms";
import { createMember, MEMBER_PASSWORD, writeReview } from "./support/members";
import { overflowOf } from "./support/overflow";
import { expectStrangerSees } from "./support/stranger";

const FILM = "rashomon-1950";
// The answer to a click, then the member's state fetched again: slow on a busy machine.
const ANSWERED = { timeout: 15_000 };

/** A new member's review, and a new member to like it, whose empty liked reviews page a stranger has cached. */
async function reviewToLike(prefix: string, baseURL: string | undefined) {
  const author = await createMember(`${prefix}_author`);
  const reviewId = await writeReview(author, FILM, `What ${author} thought of the woodcutter.`);
  const fan = await createMember(`${prefix}_fan`);
  const likes = `${baseURL}/users/${fan}/likes`;
  await expectStrangerSees(likes, ({ body }) => body.includes("No liked reviews yet."), "no liked reviews", Date.now());
  return { author, fan, likes, reviewId, permalink: `${baseURL}/reviews/${reviewId}` };
}

/** What a stranger sees once the fan liked the review, or took the like back: both pages at once, each in time. */
async function expectStrangerSeesLike(liked: Awaited<ReturnType<typeof reviewToLike>>, isLiked: boolean) {
  const since = Date.now();
  await Promise.all([
    expectStrangerSees(
      liked.permalink,
      ({ status, body }) => status === 200 && body.includes(">1 like<") === isLiked,
      isLiked ? "the review's one like" : "the review without likes",
      since,
    ),
    expectStrangerSees(
      liked.likes,
      ({ body }) => body.includes(`href="/reviews/${liked.reviewId}"`) === isLiked,
      isLiked ? "the review on the fan's liked reviews" : "no liked reviews",
      since,
    ),
  ]);
}

test("a member likes a review, every other visitor sees the like at once, and the like can be taken back", async ({
  page,
  browser,
  baseURL,
}) => {
  const liked = await reviewToLike("liking", baseURL);
  await signIn(page, liked.fan, MEMBER_PASSWORD);
  await page.goto(`/reviews/${liked.reviewId}`);
  await page.getByRole("button", { name: "Like this review" }).click();
  await expect(page.getByText("You like this review")).toBeVisible(ANSWERED);
  await expectStrangerSeesLike(liked, true);

  // The author has nothing to like on their own review; a visitor is offered to sign in.
  const author = await (await browser.newContext()).newPage();
  await signIn(author, liked.author, MEMBER_PASSWORD);
  await author.goto(`/reviews/${liked.reviewId}`);
  await expect(author.getByRole("link", { name: "1 like" })).toBeVisible();
  await expect(author.getByText("Checking your like…")).toBeHidden(ANSWERED);
  await expect(author.getByRole("button", { name: /like/i })).toHaveCount(0);
  await author.context().close();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/reviews/${liked.reviewId}`);
  await expect(visitor.getByRole("link", { name: "Sign in to like this review" })).toBeVisible();
  await visitor.goto(`/users/${liked.fan}/likes`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Reviews ${liked.fan} liked`);
  await visitor.context().close();

  await page.getByRole("button", { name: "Unlike" }).click();
  await expect(page.getByRole("button", { name: "Like this review" })).toBeVisible(ANSWERED);
  await expectStrangerSeesLike(liked, false);
});

test("the most liked reviews of a film come first in its popular order", async ({ request }) => {
  const response = await request.get(`/films/${FILM}/reviews/popular/1`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Most liked");
  expect((await request.get(`/users/no_such_member/likes`)).status()).toBe(404);
  expect((await request.get(`/users/admin/likes/date/2`)).status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member likes and unlikes a review with plain form posts", async ({ page, baseURL }) => {
    const liked = await reviewToLike("nojs", baseURL);
    const path = `/reviews/${liked.reviewId}`;
    await page.goto(`/sign-in?returnTo=${path}`);
    await field(page, "Username or email").fill(liked.fan);
    await field(page, "Password").fill(MEMBER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));

    await page.getByRole("button", { name: "Like this review" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expectStrangerSeesLike(liked, true);
    await page.getByRole("button", { name: "Unlike" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expectStrangerSeesLike(liked, false);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  async function expectFits(page: Page, what: string) {
    expect(await overflowOf(page), what).toEqual({ beyond: 0, stickingOut: [] });
  }

  test("the like button, the review and the liked reviews page fit 360 px", async ({ page, baseURL }) => {
    const liked = await reviewToLike("phone", baseURL);
    // A demo member: the header holds a short username on a phone.
    await signInAsDemoMember(page, "kenji");
    await page.goto(`/reviews/${liked.reviewId}`);
    await page.getByRole("button", { name: "Like this review" }).click();
    await expect(page.getByText("You like this review")).toBeVisible(ANSWERED);
    await expectFits(page, "the review page");
    await page.goto("/users/kenji/likes");
    await expect(page.getByRole("link", { name: "Rashomon (1950)" }).first()).toBeVisible();
    await expectFits(page, "the liked reviews page");
  });
});
