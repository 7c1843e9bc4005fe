/** The error of a promise that did not settle within its time. */
export class NoAnswerInTime extends Error {}

/**
 * `promise`, or a rejection with NoAnswerInTime once `ms` have passed without it settling. The work itself goes on
 * (its later failure is handled here): this bounds how long a caller waits, for work that has no deadline of its own
 * (a connection attempt to a server that does not answer, say).
 */
export function withinTime<T>(promise: Promise<T>, ms: number, who = "It"): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime(`${who} did not answer within ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
