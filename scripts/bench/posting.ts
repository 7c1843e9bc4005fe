// Writes under measurement: members posting reviews (the action's answer includes re-rendering the film page whose
// cache the post invalidated), under load and one at a time, and the first anonymous visit of a film page right after
// a post invalidated it.
import type autocannon from "autocannon";
import { appOrigin } from "./app-server";
import type { FilmRef } from "./fixtures";
import type { Helper } from "./helpers/child";
import { summariseSeries, type LoadResult, type SeriesSummary } from "./load";
import { warmAndRun, type LoadSettings } from "./page-loads";
import { STATEMENT_SAMPLES, statementsPerRequest } from "./statement-count";
import { isSavedReply, reviewPost, sendReviewPost, type Member, type ReviewForm } from "./review-posting";

/**
 * Rounds of posts for the load. One more round feeds the statement count and each invalidation sample is one more
 * post: 9 per member at most, under the limit of 10 review saves per member per minute.
 */
export const LOAD_ROUNDS_PER_MEMBER = 7;

export interface PostingMeasurement {
  load: LoadResult;
  statementsPerRequest: number;
}

export interface InvalidationMeasurement {
  samples: number;
  /** Each post on its own, nobody else posting: what a member waits for, the action's re-render included. */
  post: SeriesSummary;
  /** The next anonymous visit of the film page. */
  visit: SeriesSummary;
  /** Visits whose page already showed the review just posted. */
  freshVisits: number;
}

function reviewText(label: string) {
  return `Benchmark review ${label}: the pacing drags in the middle, but the ending lands.`;
}

/**
 * Every post is a new review: member k % n posts in round k / n to film (k % n + round) % films, so no member
 * reviews a film twice and concurrent posts go to different films. Encoded up front, as the encoding is async.
 */
async function plannedPosts(form: ReviewForm, members: Member[], films: FilmRef[], rounds: number) {
  return Promise.all(
    Array.from({ length: members.length * rounds }, (_, sequence) => {
      const memberIndex = sequence % members.length;
      const round = Math.floor(sequence / members.length);
      const film = films[(memberIndex + round) % films.length]!;
      return reviewPost(form, members[memberIndex]!, film, {
        rating: 1 + (sequence % 10),
        body: reviewText(`#${sequence + 1}`),
      });
    }),
  );
}

export async function measurePosting(
  { form, members, films, counter }: { form: ReviewForm; members: Member[]; films: FilmRef[]; counter: Helper },
  settings: LoadSettings,
): Promise<PostingMeasurement> {
  const posts = await plannedPosts(form, members, films, LOAD_ROUNDS_PER_MEMBER + 1);
  const loadPosts = posts.slice(0, members.length * LOAD_ROUNDS_PER_MEMBER);
  let next = 0;
  const nextRequest = (): autocannon.Request | undefined => loadPosts[next++];
  const load = await warmAndRun({ url: appOrigin(), nextRequest, isExpectedBody: isSavedReply }, settings, counter);
  const countedPosts = posts.slice(loadPosts.length, loadPosts.length + STATEMENT_SAMPLES);
  return { load, statementsPerRequest: await statementsPerRequest(counter, countedPosts) };
}

/** Posts a review to the film, one post at a time, and times it and the next anonymous visit of the film's page. */
export async function measureInvalidation(
  { form, members, film }: { form: ReviewForm; members: Member[]; film: FilmRef },
  samples: number,
): Promise<InvalidationMeasurement> {
  const postTimes: number[] = [];
  const visitTimes: number[] = [];
  let freshVisits = 0;
  for (let sample = 0; sample < samples; sample++) {
    const text = reviewText(`after invalidation #${sample + 1}`);
    const post = await reviewPost(form, members[sample % members.length]!, film, { rating: 8, body: text });
    const posted = performance.now();
    await sendReviewPost(post);
    const visited = performance.now();
    postTimes.push(visited - posted);
    const page = await (await fetch(`${appOrigin()}/films/${film.slug}`)).text();
    visitTimes.push(performance.now() - visited);
    if (page.includes(text)) freshVisits++;
  }
  return { samples, post: summariseSeries(postTimes), visit: summariseSeries(visitTimes), freshVisits };
}
