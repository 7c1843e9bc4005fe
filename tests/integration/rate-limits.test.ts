import { describe, expect, it } from "vitest";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import type { RateLimit } from "@/lib/rate-limits";

const limit: RateLimit = { bucket: "test-bucket", max: 3, windowSeconds: 3600, message: "Slow down." };

describe("rate limits", () => {
  it("allow up to the maximum in a window and refuse the next, per subject and regardless of case", async () => {
    const results = [];
    for (let attempt = 0; attempt < 4; attempt += 1) results.push(await hitRateLimit(limit, "Anna"));
    expect(results).toEqual([true, true, true, false]);
    expect(await hitRateLimit(limit, "anna")).toBe(false);
    expect(await hitRateLimit(limit, "someone-else")).toBe(true);
  });

  it("count concurrent hits exactly, as several app servers would send them", async () => {
    const concurrent: RateLimit = { ...limit, bucket: "test-concurrent", max: 10 };
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(concurrent, "flood")));
    expect(results.filter(Boolean)).toHaveLength(10);
  });
});
