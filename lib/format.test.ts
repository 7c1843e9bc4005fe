import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/locales";
import { messagesFor } from "@/messages";
import { formattersFor, initialsOf, romanNumeral, truncate } from "./format";

function formatIn(locale: Locale) {
  return formattersFor(locale, createTranslator({ locale, messages: messagesFor(locale), namespace: "Format" }));
}

describe("runtime", () => {
  it("writes hours and minutes as each language does", () => {
    const english = formatIn("en");
    expect(english.runtime(94)).toBe("1 h 34 min");
    expect(english.runtime(120)).toBe("2 h");
    expect(english.runtime(45)).toBe("45 min");
    expect(formatIn("ko").runtime(132)).toBe("2시간 12분");
  });
});

describe("date", () => {
  it("reads ISO dates as UTC days", () => {
    expect(formatIn("en").date("2024-07-03")).toBe("3 July 2024");
    expect(formatIn("en").date(new Date("2025-01-31T23:30:00Z"))).toBe("31 January 2025");
    expect(formatIn("cs").date("2024-07-03")).toBe("3. července 2024");
    expect(formatIn("ko").date("2024-07-03")).toBe("2024년 7월 3일");
  });
});

describe("dateTime", () => {
  it("tells apart two moments of one day, in UTC", () => {
    expect(formatIn("en").dateTime(new Date("2026-12-03T09:05:00Z"))).toBe("3 December 2026 at 09:05 UTC");
    expect(formatIn("en").dateTime(new Date("2026-12-03T17:40:00Z"))).toBe("3 December 2026 at 17:40 UTC");
  });
});

describe("number", () => {
  it("groups thousands as each language does", () => {
    expect(formatIn("en").number(12345)).toBe("12,345");
    expect(formatIn("cs").number(12345)).toBe("12\u00a0345");
  });
});

describe("truncate", () => {
  it("leaves short text alone and cuts long text at a word", () => {
    expect(truncate("A short plot.", 20)).toBe("A short plot.");
    expect(truncate("A soldier runs for the border at night", 20)).toBe("A soldier runs for…");
  });
});

describe("timeAgo", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  it.each([
    ["2026-12-03T11:57:00Z", "just now"],
    ["2026-12-03T11:40:00Z", "20 minutes ago"],
    ["2026-12-03T09:00:00Z", "3 hours ago"],
    ["2026-11-30T12:00:00Z", "on 30 November 2026"],
  ])("says %s as %j", (when, expected) => {
    expect(formatIn("en").timeAgo(new Date(when), now)).toBe(expected);
  });

  it("speaks the page's language", () => {
    expect(formatIn("cs").timeAgo(new Date("2026-12-03T09:00:00Z"), now)).toBe("před 3 hodinami");
    expect(formatIn("ko").timeAgo(new Date("2026-12-03T11:58:00Z"), now)).toBe("방금");
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
