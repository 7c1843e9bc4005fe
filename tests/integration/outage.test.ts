import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The database's answers are scripted; what is under test is when db/outage.ts asks and what it concludes.
const health = vi.hoisted(() => ({ isUp: true, probes: 0 }));
vi.mock("@/db/queries/health", () => ({
  checkDatabaseHealth: async () => {
    health.probes += 1;
    return health.isUp
      ? { status: "up", latencyMs: 1 }
      : { status: "down", error: "The database could not be reached." };
  },
}));
const { isDatabaseDown, suspectDatabaseOutage } = await import("@/db/outage");

describe("the database outage state", () => {
  // Each case starts well past the previous case's last probe, whose answer would otherwise still hold.
  let clock = Date.now();

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime((clock += 60_000));
    health.probes = 0;
  });

  afterEach(async () => {
    // Leave no outage behind for the next case: a probe that finds the database up clears it.
    health.isUp = true;
    vi.setSystemTime((clock += 60_000));
    await isDatabaseDown();
    vi.useRealTimers();
  });

  it("asks nothing while no request has failed", async () => {
    expect(await isDatabaseDown()).toBe(false);
    expect(health.probes).toBe(0);
  });

  it("after a failure, probes once and lets requests through when the database answers", async () => {
    suspectDatabaseOutage();
    expect(await isDatabaseDown()).toBe(false);
    expect(await isDatabaseDown()).toBe(false);
    expect(health.probes).toBe(1);
  });

  it("reports the database down to every request, with one probe a second shared between them", async () => {
    health.isUp = false;
    suspectDatabaseOutage();
    expect(await Promise.all([isDatabaseDown(), isDatabaseDown(), isDatabaseDown()])).toEqual([true, true, true]);
    expect(health.probes).toBe(1);
    vi.advanceTimersByTime(500);
    expect(await isDatabaseDown()).toBe(true);
    expect(health.probes).toBe(1);
    vi.advanceTimersByTime(600);
    expect(await isDatabaseDown()).toBe(true);
    expect(health.probes).toBe(2);
  });

  it("lets requests through again once a probe finds the database back", async () => {
    health.isUp = false;
    suspectDatabaseOutage();
    expect(await isDatabaseDown()).toBe(true);
    health.isUp = true;
    vi.advanceTimersByTime(1_000);
    expect(await isDatabaseDown()).toBe(false);
    const probes = health.probes;
    expect(await isDatabaseDown()).toBe(false);
    expect(health.probes).toBe(probes);
  });
});
