import { describe, expect, it } from "vitest";
import { NoAnswerInTime, withinTime } from "./time-limit";

describe("withinTime", () => {
  it("gives what the work gives, or its error, when it settles in time", async () => {
    await expect(withinTime(Promise.resolve("answered"), 1_000)).resolves.toBe("answered");
    await expect(withinTime(Promise.reject(new Error("refused")), 1_000)).rejects.toThrow("refused");
  });

  it("stops waiting for work that does not settle, saying who did not answer", async () => {
    const never = new Promise<never>(() => {});
    const waited = withinTime(never, 20, "Redis");
    await expect(waited).rejects.toBeInstanceOf(NoAnswerInTime);
    await expect(waited).rejects.toThrow("Redis did not answer within 20 ms.");
  });
});
