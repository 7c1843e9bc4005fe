import { describe, expect, it } from "vitest";
import { createWorkGate, ServerBusy } from "./work-gate";

/** Work that ends when told to, recording how many ran at once. */
function controlledWork() {
  let active = 0;
  let peak = 0;
  const finishers: (() => void)[] = [];
  const work = () =>
    new Promise<string>((resolve) => {
      active += 1;
      peak = Math.max(peak, active);
      finishers.push(() => {
        active -= 1;
        resolve("done");
      });
    });
  const finishOne = async () => {
    finishers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { work, finishOne, peak: () => peak, started: () => finishers.length };
}

describe("createWorkGate", () => {
  it("runs a few at once, queues a few more, and refuses the rest at once", async () => {
    const run = createWorkGate({ running: 2, waiting: 2, maxWaitMs: 10_000 });
    const { work, finishOne, peak, started } = controlledWork();
    const outcomes = Array.from({ length: 5 }, () => run(work).catch((error: unknown) => error));
    await expect(outcomes[4]).resolves.toBeInstanceOf(ServerBusy);
    expect(started()).toBe(2);

    for (let finished = 0; finished < 4; finished += 1) await finishOne();
    expect(await Promise.all(outcomes.slice(0, 4))).toEqual(["done", "done", "done", "done"]);
    expect(peak()).toBe(2);
  });

  it("refuses work that waited too long, and frees its place in the queue", async () => {
    const run = createWorkGate({ running: 1, waiting: 1, maxWaitMs: 20 });
    const { work, finishOne } = controlledWork();
    const first = run(work);
    await expect(run(work)).rejects.toBeInstanceOf(ServerBusy);
    const third = run(work);
    await finishOne();
    await finishOne();
    expect([await first, await third]).toEqual(["done", "done"]);
  });
});
