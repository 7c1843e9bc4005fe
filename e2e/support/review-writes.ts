// A member's review written, edited, deleted, and a second one hidden by a moderator, through one app server; after
// each write, every page the review shows on is asked for by strangers on each server (docs/freshness.md).
import { expect, type Browser } from "@playwright/test";
import { signIn } from "./forms";
import { createMember, MEMBER_PASSWORD, reportReview } from "./members";
import { deleteOwnReview, permalinkOf, reportedReviewInQueue } from "./reviews";
import type { StrangerView } from "../../scripts/stranger-get";
import { expectStoredEverywhere, expectStrangerSees } from "./stranger";

export interface Route {
  film: string;
  /** Where the member and the admin write. */
  writeThrough: string;
  /** The app servers strangers read from. */
  readFrom: string[];
}

/** Every page a review shows on, as strangers ask for them on each server, all at once right after the write. */
async function expectEverywhere(
  route: Route,
  username: string,
  reviewId: number,
  isSeen: (view: StrangerView) => boolean,
  what: string,
) {
  const since = Date.now();
  const { film } = route;
  const paths = [
    `/films/${film}`,
    `/reviews/${reviewId}`,
    `/users/${username}`,
    "/",
    "/feed.xml",
    `/films/${film}/feed.xml`,
    `/users/${username}/feed.xml`,
  ];
  await Promise.all(
    route.readFrom.flatMap((origin) =>
      paths.map((pagePath) => expectStrangerSees(origin + pagePath, isSeen, what, since)),
    ),
  );
}

/** Before a write: the film page, and the review's permalink once there is one, held by every server as stored pages. */
async function storedBeforeTheWrite(route: Route, reviewId?: number) {
  const paths = [`/films/${route.film}`, ...(reviewId ? [`/reviews/${reviewId}`] : [])];
  await Promise.all(
    route.readFrom.flatMap((origin) => paths.map((pagePath) => expectStoredEverywhere(origin + pagePath))),
  );
}

const showing = (text: string) => (view: StrangerView) => view.status === 200 && view.body.includes(text);
const without = (text: string) => (view: StrangerView) => !view.body.includes(text);

export async function followReviewWrites(browser: Browser, route: Route) {
  const username = await createMember("fresh");
  const member = await (await browser.newContext({ baseURL: route.writeThrough })).newPage();
  await signIn(member, username, MEMBER_PASSWORD);
  const box = member.getByRole("region", { name: "Your review" });
  const token = Date.now().toString(36);

  const saveReview = async (text: string, reviewId?: number) => {
    await member.goto(`/films/${route.film}`);
    await storedBeforeTheWrite(route, reviewId);
    await box.getByRole("radio", { name: "4 stars out of 5" }).check();
    await box.getByLabel("Review").fill(text);
    await box.getByRole("button", { name: /^(Save|Update) review$/ }).click();
    await expect(box.getByRole("status")).toHaveText("Your review is saved.");
    const mine = member.getByRole("region", { name: "Reviews" }).getByRole("article").filter({ hasText: text });
    return Number((await permalinkOf(mine).getAttribute("href"))!.split("/").pop());
  };

  const saved = `Saved ${token} and seen by everyone`;
  const reviewId = await saveReview(saved);
  await expectEverywhere(route, username, reviewId, showing(saved), "the saved review");

  const edited = `Edited ${token} and seen by everyone`;
  await saveReview(edited, reviewId);
  // The permalink keeps the saved text among the earlier versions.
  await expectEverywhere(route, username, reviewId, showing(edited), "the edited text");

  await member.goto(`/reviews/${reviewId}`);
  await storedBeforeTheWrite(route, reviewId);
  await deleteOwnReview(box);
  await expect(member).toHaveURL(new RegExp(`/films/${route.film}$`));
  await expectEverywhere(route, username, reviewId, without(edited), "no deleted review");

  const hidden = `Hidden ${token} by a moderator`;
  const secondId = await saveReview(hidden);
  await expectEverywhere(route, username, secondId, showing(hidden), "the second review");
  await reportReview(secondId, "petr_novak");
  const { reported: queued } = await reportedReviewInQueue(browser, hidden, { baseURL: route.writeThrough });
  await queued.getByLabel("Reason").fill("Testing what strangers see");
  await storedBeforeTheWrite(route, secondId);
  await queued.getByRole("button", { name: "Hide" }).click();
  await expect(queued).toHaveCount(0);
  await expectEverywhere(route, username, secondId, without(hidden), "no hidden review");
}
