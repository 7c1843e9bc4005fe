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
 * Writes `items` in groups of `size`, one write at a time and in order, while the next group is read: the source's
 * parsing and the database's writing then run side by side on the machine's cores rather than taking turns. The
 * items must not depend on what the write in progress does (each write still sees all earlier writes complete).
 */
export async function writeInBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
  write: (batch: T[]) => Promise<void>,
) {
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const batch of inBatches(items, size)) {
      await writing;
      writing = write(batch);
      // Awaited before the next write or at the end; until then a failure must not count as unhandled.
      writing.catch(() => {});
    }
  } finally {
    // A read that fails mid-write lets that write finish (commit or roll back) before the error goes on.
    await writing;
  }
}
