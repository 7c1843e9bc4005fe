// A visitor who is not the writer: no cookies, a new connection for every request, nothing shared with the browser
// that wrote. What such a visitor sees is what everyone sees; the writer's own browser receives the action's fresh
// render and would hide a stale cache.
import { expect } from "@playwright/test";
import { getAsStranger, type StrangerView } from "../../scripts/stranger-get";

/** How soon after a write a stranger must see it. A request counts from when it is sent, however long it renders. */
export const VISIBLE_WITHIN_MS = 1_000;

/**
 * Asks `url` as a stranger, again and again, until `isSeen` holds for an answer to a request sent within
 * VISIBLE_WITHIN_MS of `since` (when the write was answered); fails with the last answer's status otherwise.
 */
export async function expectStrangerSees(
  url: string,
  isSeen: (view: StrangerView) => boolean,
  what: string,
  since: number,
) {
  let last: StrangerView | undefined;
  while (Date.now() - since <= VISIBLE_WITHIN_MS) {
    last = await getAsStranger(url);
    if (isSeen(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const answered = last
    ? `last answered ${last.status}`
    : `no request sent: the check began ${Date.now() - since} ms after the write, the test's own steps were slow`;
  expect(false, `${url} (${answered}) should show ${what} within ${VISIBLE_WITHIN_MS} ms of the write`).toBe(true);
}

/**
 * Asks `url` as a stranger until the page cache answers it as a stored page, then a few times more, so that every
 * worker holds it in memory too (production-server/page-memory.ts): a write that follows must outdate each copy.
 */
export async function expectStoredEverywhere(url: string) {
  await expect
    .poll(async () => (await getAsStranger(url)).headers["x-nextjs-cache"], { message: url, timeout: 15_000 })
    .toBe("HIT");
  for (let request = 0; request < 4; request += 1) await getAsStranger(url);
}
