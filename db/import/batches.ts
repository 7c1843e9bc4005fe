// Grouping source rows into batches, each written in one transaction.

/** Consecutive groups of at most `size` items; the last may be shorter. */
export async function* inBatches<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * How many groups a phase whose groups do not depend on each other writes at once: two keep both of a small machine's
 * cores busy in PostgreSQL while this process reads the next groups.
 */
export const INDEPENDENT_WRITES_AT_ONCE = 2;

/**
 * Writes `items` in groups of `size` while the next group is read: the source's parsing and the database's writing
 * then run side by side on the machine's cores rather than taking turns. With `writesAtOnce` above 1, that many groups
 * are written at once, each in its own transaction, so that PostgreSQL writes on several cores too: only for groups
 * that do not depend on each other, whose rows are written in one order (so that two writes waiting on each other's
 * keys cannot deadlock). With 1, each write sees all earlier writes complete.
 */
export async function writeInBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
  write: (batch: T[]) => Promise<void>,
  { writesAtOnce = 1 }: { writesAtOnce?: number } = {},
) {
  const writing = new Set<Promise<void>>();
  try {
    for await (const batch of inBatches(items, size)) {
      // A write that failed stays in the set, so that the next wait throws its error.
      while (writing.size >= writesAtOnce) await Promise.race(writing);
      const written: Promise<void> = write(batch).then(() => void writing.delete(written));
      // Awaited before the next write or at the end; until then a failure must not count as unhandled.
      written.catch(() => {});
      writing.add(written);
    }
    await Promise.all(writing);
  } finally {
    // A read or write that fails lets the writes under way finish (commit or roll back) before the error goes on.
    await Promise.allSettled(writing);
  }
}
