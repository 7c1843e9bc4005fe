import { describe, expect, it } from "vitest";
import {
  discoverQuery,
  filmReviewsQuery,
  parseQuery,
  searchQuery,
  slugSchema,
  usernameSchema,
  watchlistQuery,
} from "./params";

function query(href: string) {
  return new URL(href, "http://localhost").searchParams;
}

/** The parameters a query is refused for, or [] when it is accepted. */
function refusedParameters(result: ReturnType<typeof parseQuery>) {
  return result.success ? [] : result.errors.map((error) => error.parameter);
}

describe("the search query", () => {
  it("normalises the text as the search page does", () => {
    expect(parseQuery(searchQuery, query("?q=%07esc%01ape%00&page=2"))).toEqual({
      success: true,
      data: { q: "esc ape", page: 2 },
    });
  });

  it("keeps LIKE wildcards, quotes and backslashes as text to search for", () => {
    expect(parseQuery(searchQuery, query("?q=a%25_%27%5C"))).toMatchObject({ success: true, data: { q: "a%_'\\" } });
  });

  it.each([
    ["a 5,000-character query", `?q=${"x".repeat(5000)}`, /limited to 200 characters/],
    ["a missing query", "?page=1", /Give the text to search for/],
    ["an empty query", "?q=", /Give the text to search for/],
    ["only a percent sign", "?q=%25", /punctuation alone/],
    ["only an underscore", "?q=_", /punctuation alone/],
    ["only quotes and a backslash", "?q=%27%22%5C", /punctuation alone/],
    ["only control characters", "?q=%00%01%1F", /Type a film title/],
  ])("refuses %s with a message about q", (_name, href, message) => {
    const result = parseQuery(searchQuery, query(href));
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.errors).toEqual([{ parameter: "q", message: expect.stringMatching(message) }]);
  });
});

describe("the page parameter", () => {
  it("defaults to the first page, also when empty", () => {
    expect(parseQuery(filmReviewsQuery, query("?"))).toEqual({ success: true, data: { sort: "newest", page: 1 } });
    expect(parseQuery(filmReviewsQuery, query("?page="))).toMatchObject({ data: { page: 1 } });
  });

  it("reads the first of repeated values, as the pages do", () => {
    expect(parseQuery(filmReviewsQuery, query("?page=3&page=x"))).toMatchObject({ data: { page: 3 } });
  });

  it.each(["-1", "0", "1.5", "abc", "1e309", "10001", "%00", "'"])("refuses page=%s", (page) => {
    expect(refusedParameters(parseQuery(filmReviewsQuery, new URLSearchParams({ page })))).toEqual(["page"]);
  });

  it("refuses an unknown sort and names both parameters when both are wrong", () => {
    expect(refusedParameters(parseQuery(filmReviewsQuery, query("?sort=best&page=-1")))).toEqual(["sort", "page"]);
  });
});

describe("the Discover query", () => {
  it("reads repeated genres, the country and the numeric filters", () => {
    expect(
      parseQuery(discoverQuery, query("?genre=thriller&genre=action&country=kr&yearFrom=2000&minRating=60&sort=votes")),
    ).toEqual({
      success: true,
      data: { genre: ["thriller", "action"], country: "kr", yearFrom: 2000, minRating: 60, sort: "votes", page: 1 },
    });
  });

  it("ignores parameters it does not know", () => {
    expect(parseQuery(discoverQuery, query("?utm_source=x&callback=alert(1)"))).toMatchObject({ success: true });
  });

  it.each([
    ["genre", "?genre=%27%3B%20drop%20table%20films%3B%20--"],
    ["genre", `?${Array.from({ length: 11 }, (_, index) => `genre=g${index}`).join("&")}`],
    ["country", "?country=k%27"],
    ["country", "?country=%00%00"],
    ["yearFrom", "?yearFrom=1500"],
    ["runtimeTo", "?runtimeTo=abc"],
    ["minRating", "?minRating=500"],
    ["minVotes", "?minVotes=-1"],
    ["sort", "?sort=%25"],
  ])("refuses a bad %s", (parameter, href) => {
    expect(refusedParameters(parseQuery(discoverQuery, query(href)))).toEqual([parameter]);
  });
});

describe("slugs", () => {
  it.each(["%", "_", "'", "\\", "\u0000", "Escape-2024", "escape--2024", "x".repeat(201)])(
    "refuses %j before the database",
    (slug) => {
      expect(slugSchema.safeParse(slug).success).toBe(false);
    },
  );

  it("accepts the slugs the tables hold", () => {
    expect(slugSchema.safeParse("escape-2024").success).toBe(true);
  });
});

describe("a member's watchlist query and username", () => {
  it("reads the watchlist's order and page, latest added first by default", () => {
    expect(parseQuery(watchlistQuery, query(""))).toEqual({ success: true, data: { sort: "date", page: 1 } });
    expect(parseQuery(watchlistQuery, query("?sort=rating&page=3"))).toEqual({
      success: true,
      data: { sort: "rating", page: 3 },
    });
  });

  it("refuses an order the watchlist page does not have", () => {
    expect(refusedParameters(parseQuery(watchlistQuery, query("?sort=title")))).toEqual(["sort"]);
  });

  it.each(["ab", "a".repeat(31), "kenji'--", "ken ji", "%25"])("takes %j for no username", (username) => {
    expect(usernameSchema.safeParse(username).success).toBe(false);
  });

  it.each(["kenji", "Cinephile_Anna", "deleted_42"])("takes %j for a username", (username) => {
    expect(usernameSchema.safeParse(username).success).toBe(true);
  });
});
