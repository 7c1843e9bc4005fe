import { describe, expect, it } from "vitest";
import { apiRequestsPerMinute, createRateLimiter, DEFAULT_API_REQUESTS_PER_MINUTE } from "./rate-limit";

function limiterAt(start: number, options: { limit?: number; windowMs?: number; maxKeys?: number } = {}) {
  const clock = { time: start };
  const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, ...options, now: () => clock.time });
  return { limiter, clock };
}

describe("the API rate limiter", () => {
  it("allows requests up to the limit and counts down what remains", () => {
    const { limiter } = limiterAt(0);
    expect([1, 2, 3].map(() => limiter.hit("1.2.3.4"))).toEqual([
      { isAllowed: true, limit: 3, remaining: 2, resetSeconds: 60 },
      { isAllowed: true, limit: 3, remaining: 1, resetSeconds: 60 },
      { isAllowed: true, limit: 3, remaining: 0, resetSeconds: 60 },
    ]);
  });

  it("refuses the request past the limit until the window ends, saying how long to wait", () => {
    const { limiter, clock } = limiterAt(0);
    for (let i = 0; i < 3; i++) limiter.hit("1.2.3.4");
    clock.time = 45_500;
    expect(limiter.hit("1.2.3.4")).toEqual({ isAllowed: false, limit: 3, remaining: 0, resetSeconds: 15 });
    clock.time = 59_999;
    expect(limiter.hit("1.2.3.4")).toMatchObject({ isAllowed: false, resetSeconds: 1 });
    clock.time = 60_000;
    expect(limiter.hit("1.2.3.4")).toEqual({ isAllowed: true, limit: 3, remaining: 2, resetSeconds: 60 });
  });

  it("counts each address on its own", () => {
    const { limiter } = limiterAt(0);
    for (let i = 0; i < 4; i++) limiter.hit("1.2.3.4");
    expect(limiter.hit("1.2.3.4").isAllowed).toBe(false);
    expect(limiter.hit("5.6.7.8")).toMatchObject({ isAllowed: true, remaining: 2 });
  });

  it("forgets the oldest address when it remembers too many, so rotating addresses cannot exhaust memory", () => {
    const { limiter, clock } = limiterAt(0, { limit: 1, maxKeys: 2 });
    limiter.hit("a");
    clock.time = 1;
    limiter.hit("b");
    clock.time = 2;
    limiter.hit("c");
    // "a" was forgotten, so it starts a new window; "c" is still remembered and over its limit.
    expect(limiter.hit("a").isAllowed).toBe(true);
    expect(limiter.hit("c").isAllowed).toBe(false);
  });

  it("starts a fresh window for an address seen again after a long pause", () => {
    const { limiter, clock } = limiterAt(1_000_000);
    for (let i = 0; i < 5; i++) limiter.hit("1.2.3.4");
    clock.time += 10 * 60_000;
    expect(limiter.hit("1.2.3.4")).toMatchObject({ isAllowed: true, remaining: 2, resetSeconds: 60 });
  });
});

describe("the configured number of API requests per minute", () => {
  it("reads a positive whole number", () => {
    expect(apiRequestsPerMinute("600")).toBe(600);
  });

  it.each([undefined, "", "0", "-5", "1.5", "lots"])("falls back to the default for %j", (value) => {
    expect(apiRequestsPerMinute(value)).toBe(DEFAULT_API_REQUESTS_PER_MINUTE);
  });
});
