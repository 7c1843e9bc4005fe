// How soon a review reaches other visitors through the production server: while the most rated film's page and the
// home page are read under load, members post reviews to that film one after another, and a stranger (no cookies, a
// new connection for every request) polls both pages until each review's text shows.
import { setTimeout as sleep } from "node:timers/promises";
import type autocannon from "autocannon";
import { appOrigin } from "./app-server";
import type { FilmRef } from "./fixtures";
import { runLoad, summariseSeries, type LoadResult, type SeriesSummary } from "./load";
import { BROWSER_HEADERS } from "./page-loads";
import { reviewPost, sendReviewPost, type Member, type ReviewForm } from "./review-posting";
import { getAsStranger } from "../stranger-get";

export const STALENESS_SAMPLES = 50;
const READ_CONNECTIONS = 8;
/** Reads before the first post, so that pages are being rendered when it lands. */
const READ_LEAD_MS = 1_000;
const POLL_INTERVAL_MS = 25;
/** Polls of one page in flight at once, at most: a slow server does not get ever more polls piled onto it. */
const POLLS_IN_FLIGHT = 4;
const POLL_TIMEOUT_MS = 10_000;
const GIVE_UP_MS = 30_000;
/** No post starts after this: even if every review were late, the probe would end within a couple of minutes. */
const POSTING_BUDGET_MS = 90_000;

export interface PageStaleness {
  label: string;
  path: string;
  /** From each post's answer to the first poll answer showing the review, over the reviews seen in time. */
  staleness: SeriesSummary;
  /** Reviews the page had not shown GIVE_UP_MS after their post was answered. */
  givenUp: number;
  polls: number;
  failedPolls: number;
}

export interface StalenessMeasurement {
  /** Posts made: fewer than planned only when the posting budget ran out. */
  samples: number;
  plannedSamples: number;
  giveUpSeconds: number;
  readConnections: number;
  /** The read load on both pages while the posts were made. */
  reads: LoadResult;
  pages: PageStaleness[];
}

/** The page as a stranger gets it, compressed as browsers ask for it; anything but a 200 is a failed poll. */
async function strangerPage(path: string) {
  const { status, body } = await getAsStranger(`${appOrigin()}${path}`, {
    headers: BROWSER_HEADERS,
    timeoutMs: POLL_TIMEOUT_MS,
  });
  if (status !== 200) throw new Error(`${path} answered ${status}.`);
  return body;
}

/**
 * Polls a page as a stranger every POLL_INTERVAL_MS and notes when an answer first showed each review. A page showing
 * a review shows every earlier one too (each was saved before the next was posted), even if it has scrolled off.
 */
function watchPage(path: string, latestReviewShown: (page: string) => number) {
  const firstShownAt: (number | undefined)[] = [];
  const inFlight = new Set<Promise<void>>();
  let polls = 0;
  let failedPolls = 0;
  const poll = async () => {
    try {
      const page = await strangerPage(path);
      const answered = performance.now();
      for (let review = latestReviewShown(page); review >= 0 && firstShownAt[review] === undefined; review--)
        firstShownAt[review] = answered;
    } catch {
      failedPolls++;
    }
  };
  const startPoll = () => {
    if (inFlight.size >= POLLS_IN_FLIGHT) return;
    polls++;
    const polled = poll().finally(() => inFlight.delete(polled));
    inFlight.add(polled);
  };
  startPoll();
  const timer = setInterval(startPoll, POLL_INTERVAL_MS);
  return {
    isShown: (review: number) => firstShownAt[review] !== undefined,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
    /** How long after each post's answer (ms; Infinity if never) the page first showed its review. */
    delaysAfter: (answeredAt: number[]) =>
      answeredAt.map((answered, review) => Math.max(0, (firstShownAt[review] ?? Infinity) - answered)),
    counts: () => ({ polls, failedPolls }),
  };
}

async function waitUntil(condition: () => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (!condition() && performance.now() < deadline) await sleep(5);
}

/**
 * Posts reviews to the film, one after another while its page and the home page are read under load; each post waits
 * until a stranger has seen the previous review on both pages, or has given up on it.
 */
export async function measureStaleness(
  { form, members, film }: { form: ReviewForm; members: Member[]; film: FilmRef },
  plannedSamples = STALENESS_SAMPLES,
): Promise<StalenessMeasurement> {
  if (members.length < plannedSamples)
    throw new Error(`The staleness probe needs ${plannedSamples} members who have not reviewed ${film.slug}.`);
  // Unique to the run, so that no page left from an earlier run can show a review of this one.
  const runTag = Math.random().toString(36).slice(2, 8);
  const posts = await Promise.all(
    members.slice(0, plannedSamples).map((member, review) =>
      reviewPost(form, member, film, {
        rating: 1 + (review % 10),
        body: `Benchmark review staleness-${runTag}-${review}: worth a second look.`,
      }),
    ),
  );
  const reviewToken = new RegExp(`staleness-${runTag}-(\\d+)`, "g");
  const latestReviewShown = (page: string) =>
    Math.max(-1, ...Array.from(page.matchAll(reviewToken), ([, review]) => Number(review)));
  const targets = [
    { label: "Film page", path: `/films/${film.slug}` },
    { label: "Home", path: "/" },
  ];

  let isReading = true;
  let reads = 0;
  const nextRead = (): autocannon.Request | undefined =>
    isReading ? { method: "GET", path: targets[reads++ % targets.length]!.path } : undefined;
  // Stopped by the probe once it is done; the duration is only a bound.
  const readSeconds = Math.ceil((READ_LEAD_MS + POSTING_BUDGET_MS + 2 * GIVE_UP_MS) / 1000);
  const readLoad = runLoad({
    url: appOrigin(),
    connections: READ_CONNECTIONS,
    durationSeconds: readSeconds,
    headers: BROWSER_HEADERS,
    nextRequest: nextRead,
  });
  const watches = targets.map((target) => watchPage(target.path, latestReviewShown));
  const answeredAt: number[] = [];
  try {
    await sleep(READ_LEAD_MS);
    const postingStarted = performance.now();
    for (const [review, post] of posts.entries()) {
      if (performance.now() - postingStarted > POSTING_BUDGET_MS) break;
      await sendReviewPost(post);
      answeredAt.push(performance.now());
      await waitUntil(() => watches.every((watch) => watch.isShown(review)), GIVE_UP_MS);
    }
  } finally {
    isReading = false;
    await Promise.all([readLoad.catch(() => undefined), ...watches.map((watch) => watch.stop())]);
  }
  return {
    samples: answeredAt.length,
    plannedSamples,
    giveUpSeconds: GIVE_UP_MS / 1000,
    readConnections: READ_CONNECTIONS,
    reads: await readLoad,
    pages: targets.map((target, index) => {
      const watch = watches[index]!;
      const delays = watch.delaysAfter(answeredAt);
      const inTime = delays.filter((delay) => delay <= GIVE_UP_MS);
      return {
        ...target,
        staleness: summariseSeries(inTime),
        givenUp: delays.length - inTime.length,
        ...watch.counts(),
      };
    }),
  };
}
