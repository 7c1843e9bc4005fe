// A few requests in flight at once: enough to hide each one's latency, few enough to stay a polite client.

/**
 * Runs `work` on every item, at most `limit` at a time, in the items' order. The first failure stops new work and is
 * thrown once the work in flight has ended, so that nothing still writes after the caller has moved on.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  let hasFailed = false;
  const worker = async () => {
    while (!hasFailed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        hasFailed = true;
        throw error;
      }
    }
  };
  const workers = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = workers.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
}
