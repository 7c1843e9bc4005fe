import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatRuntime,
  formatTimeAgo,
  initialsOf,
  pluralise,
  romanNumeral,
  truncate,
} from "./format";

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

describe("formatDateTime", () => {
  it("tells apart two moments of one day, in UTC", () => {
    expect(formatDateTime(new Date("2026-12-03T09:05:00Z"))).toBe("3 December 2026 at 09:05 UTC");
    expect(formatDateTime(new Date("2026-12-03T17:40:00Z"))).toBe("3 December 2026 at 17:40 UTC");
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

describe("formatTimeAgo", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  it.each([
    ["2026-12-03T11:57:00Z", "just now"],
    ["2026-12-03T11:40:00Z", "20 minutes ago"],
    ["2026-12-03T09:00:00Z", "3 hours ago"],
    ["2026-11-30T12:00:00Z", "on 30 November 2026"],
  ])("says %s as %j", (when, expected) => {
    expect(formatTimeAgo(new Date(when), now)).toBe(expected);
  });
});

describe("initialsOf", () => {
  it("takes the first letters of the first and last names, whatever the script", () => {
    expect(initialsOf("Akira Kurosawa")).toBe("AK");
    expect(initialsOf("Lee Jong-pil")).toBe("LJ");
    expect(initialsOf("Hayao  Miyazaki ")).toBe("HM");
    expect(initialsOf("이종필")).toBe("이");
    expect(initialsOf("Cher")).toBe("C");
    expect(initialsOf("Ólafur Darri Ólafsson")).toBe("ÓÓ");
  });
});

describe("romanNumeral", () => {
  it("numbers namesakes as IMDb does", () => {
    expect([1, 2, 3, 4, 9, 14, 40, 1994].map(romanNumeral)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "IX",
      "XIV",
      "XL",
      "MCMXCIV",
    ]);
  });
});
