import { describe, expect, it } from "vitest";
import {
  MAX_SEARCH_LENGTH,
  normaliseSearchText,
  parseSearchParams,
  readSearchQuery,
  searchHref,
  toSearchText,
} from "./search-query";

describe("normaliseSearchText", () => {
  it("folds compatibility characters, turns control characters into spaces and collapses whitespace", () => {
    expect(normaliseSearchText("  ＥＳＣＡＰＥ\u0000 from\t\n Mogadishu\u0007 ")).toBe("ESCAPE from Mogadishu");
  });

  it("drops lone surrogates, which no database can store", () => {
    expect(normaliseSearchText("esc\uD800ape")).toBe("escape");
  });

  it("keeps letters of every script", () => {
    expect(normaliseSearchText("탈주 Amélie 七人の侍")).toBe("탈주 Amélie 七人の侍");
  });
});

describe("toSearchText", () => {
  it("accepts anything with a letter or a digit", () => {
    expect(toSearchText(" escpae ")).toBe("escpae");
    expect(toSearchText("2001")).toBe("2001");
  });

  it("refuses empty, punctuation-only and over-long text", () => {
    for (const raw of ["", "   ", "%", "_", "%%__", "'\"\\", "\u0000", "\u0301", "a".repeat(MAX_SEARCH_LENGTH + 1)]) {
      expect(toSearchText(raw)).toBeUndefined();
    }
  });
});

describe("parseSearchParams", () => {
  it("reads the query, the kind of results and the page", () => {
    expect(parseSearchParams({ q: "lee jong pil", type: "people", page: "2" })).toEqual({
      text: "lee jong pil",
      type: "people",
      page: 2,
    });
  });

  it("falls back to every kind of result and the first page, and takes the first of repeated queries", () => {
    expect(parseSearchParams({ q: ["amelie", "escape"], type: "cats", page: "-1" })).toEqual({
      text: "amelie",
      type: "all",
      page: 1,
    });
  });

  it("explains why an empty, punctuation-only or too long query searches nothing", () => {
    expect(parseSearchParams({})).toMatchObject({ text: "", problem: expect.stringContaining("Type") });
    expect(parseSearchParams({ q: "%_%" })).toMatchObject({
      text: "%_%",
      problem: expect.stringContaining("punctuation"),
    });
    const long = parseSearchParams({ q: "x".repeat(5000) });
    expect(long.problem).toContain(`${MAX_SEARCH_LENGTH} characters`);
    expect(long.text).toHaveLength(MAX_SEARCH_LENGTH);
  });
});

describe("searchHref", () => {
  it("leaves defaults out and encodes the query", () => {
    expect(searchHref("Amélie & co")).toBe("/search?q=Am%C3%A9lie+%26+co");
    expect(searchHref("lee", "people", 3)).toBe("/search?q=lee&type=people&page=3");
  });

  it("round-trips through parseSearchParams", () => {
    const params = Object.fromEntries(new URL(searchHref("탈주", "films", 2), "http://localhost").searchParams);
    expect(parseSearchParams(params)).toEqual({ text: "탈주", type: "films", page: 2 });
  });
});

describe("readSearchQuery", () => {
  it("reads a query string as a search, and gives the one query string its results page is known by", () => {
    const { search, canonical } = readSearchQuery(new URLSearchParams("page=1&utm_source=x&q=%20Escape%20&type=all"));
    expect(search).toEqual({ text: "Escape", type: "all", page: 1 });
    expect(canonical.toString()).toBe("q=Escape");
  });

  it("keeps a search's problem, for /search to say", () => {
    expect(readSearchQuery(new URLSearchParams("q=%25")).search.problem).toBeDefined();
  });
});
