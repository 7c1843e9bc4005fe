import { describe, expect, it } from "vitest";
import { writeInBatches } from "./batches";

/** A write that takes a turn of the event loop per call, and records how many writes were under way at once. */
function recordingWrites() {
  const written: number[][] = [];
  let underWay = 0;
  let mostAtOnce = 0;
  const write = async (batch: number[]) => {
    underWay += 1;
    mostAtOnce = Math.max(mostAtOnce, underWay);
    await new Promise((resolve) => setTimeout(resolve, 5));
    written.push(batch);
    underWay -= 1;
  };
  return { write, written, mostAtOnce: () => mostAtOnce, underWay: () => underWay };
}

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

describe("writeInBatches", () => {
  it("writes every item in groups, one write at a time by default", async () => {
    const writes = recordingWrites();
    await writeInBatches(numbers(7), 3, writes.write);
    expect(writes.written).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(writes.mostAtOnce()).toBe(1);
  });

  it("writes as many groups at once as it is told, and no more", async () => {
    const writes = recordingWrites();
    await writeInBatches(numbers(20), 2, writes.write, { writesAtOnce: 3 });
    expect(writes.written.flat().sort((a, b) => a - b)).toEqual(numbers(20));
    expect(writes.mostAtOnce()).toBe(3);
  });

  it("stops at a failed write, and lets the writes under way finish before the error goes on", async () => {
    const writes = recordingWrites();
    const failing = async (batch: number[]) => {
      if (batch[0] === 4) throw new Error("the database refused");
      await writes.write(batch);
    };
    await expect(writeInBatches(numbers(40), 2, failing, { writesAtOnce: 2 })).rejects.toThrow("the database refused");
    expect(writes.underWay()).toBe(0);
    expect(writes.written.flat().length).toBeLessThan(20);
  });

  it("lets the writes under way finish when reading fails", async () => {
    const writes = recordingWrites();
    async function* failingRead() {
      yield* numbers(4);
      throw new Error("the file is cut short");
    }
    await expect(writeInBatches(failingRead(), 2, writes.write, { writesAtOnce: 2 })).rejects.toThrow("cut short");
    expect(writes.underWay()).toBe(0);
    expect(writes.written).toHaveLength(2);
  });
});
