import { afterEach, describe, expect, it } from "vitest";
import { keepPerformanceClockOnWallClock } from "./performance-clock";

const performanceClock = () => performance.timeOrigin + performance.now();

afterEach(() => {
  // The prototype's own timeOrigin shows through again.
  Reflect.deleteProperty(performance, "timeOrigin");
});

describe("keepPerformanceClockOnWallClock", () => {
  it("makes the performance clock follow the wall clock when it is stepped forward or back", () => {
    let step = 0;
    const steppedWallClock = () => Date.now() + step;
    keepPerformanceClockOnWallClock(steppedWallClock);
    for (step of [11_000, -11_000, 0]) {
      expect(Math.abs(performanceClock() - steppedWallClock())).toBeLessThan(5);
    }
  });

  it("reads the wall clock as it was before anything replaced Date.now", () => {
    keepPerformanceClockOnWallClock();
    const replaced = Date.now;
    try {
      Date.now = () => 0;
      expect(Math.abs(performanceClock() - replaced())).toBeLessThan(5);
    } finally {
      Date.now = replaced;
    }
  });

  it("leaves performance.now() alone, so durations stay monotonic", () => {
    const before = performance.now();
    keepPerformanceClockOnWallClock(() => 0);
    expect(performance.now()).toBeGreaterThanOrEqual(before);
  });
});
