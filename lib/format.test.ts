import { describe, expect, it } from "vitest";
import { formatDate, formatRuntime, pluralise, truncate } from "./format";

describe("formatRuntime", () => {
  it("writes hours and minutes", () => {
    expect(formatRuntime(94)).toBe("1 h 34 min");
    expect(formatRuntime(120)).toBe("2 h");
    expect(formatRuntime(45)).toBe("45 min");
  });
});

describe("formatDate", () => {
  it("reads ISO dates as UTC days", () => {
    expect(formatDate("2024-07-03")).toBe("3 July 2024");
    expect(formatDate(new Date("2025-01-31T23:30:00Z"))).toBe("31 January 2025");
  });
});

describe("pluralise", () => {
  it("uses the singular for one", () => {
    expect(pluralise(1, "rating")).toBe("1 rating");
    expect(pluralise(1200, "rating")).toBe("1,200 ratings");
  });
});

describe("truncate", () => {
  it("leaves short text alone and cuts long text at a word", () => {
    expect(truncate("A short plot.", 20)).toBe("A short plot.");
    expect(truncate("A soldier runs for the border at night", 20)).toBe("A soldier runs for…");
  });
});
