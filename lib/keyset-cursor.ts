// Where a page of a newest-first feed (a member's activity, their notifications) ends, written into its "older" link:
// the last row's time as PostgreSQL wrote it, to the microsecond (a JavaScript Date would round it to the
// millisecond and skip or repeat rows), then the row's tie-breakers.

/** The time format the queries write a row's position in, to the microsecond in UTC. */
export const CURSOR_TIME_FORMAT = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const KEY = /^[a-z0-9-]{1,20}$/;

export function formatCursor(at: string, keys: readonly (string | number)[]) {
  return [at, ...keys].join("_");
}

/**
 * The position a link names, or undefined for anything else (a link edited by hand is the first page, not an error):
 * `keyCount` tie-breakers, each a short lower-case word or number.
 */
export function parseCursor(text: string | undefined, keyCount: number) {
  if (!text) return undefined;
  const [at, ...keys] = text.split("_");
  if (!at || !TIME.test(at) || keys.length !== keyCount || !keys.every((key) => KEY.test(key))) return undefined;
  if (Number.isNaN(Date.parse(at))) return undefined;
  return { at, keys };
}
