import { describe, expect, it } from "vitest";
import { discoverQuery } from "./discover-params";
import { MAX_SEGMENT_LENGTH, paramsOf, queryOfSegments, queryPagePath } from "./query-pages";
import { searchQuery } from "./search-query";

/** The segments after /{locale}/{page}/for/. */
const segmentsOf = (path: string) => path.split("/").slice(4);
const asIs = (query: URLSearchParams) => query;

describe("pages keyed by their query", () => {
  it("carry any query, slashes, percents and other scripts included, and read it back", () => {
    for (const text of ["Forrest Gump", "AC/DC 100%", "기생충", "Amélie ?#&=", "a+b"]) {
      const path = queryPagePath("cs", "search", searchQuery(text, "films", 3));
      expect(path).toMatch(/^\/cs\/search\/for\/[A-Za-z0-9_-]+$/);
      const query = queryOfSegments(segmentsOf(path), asIs);
      expect(query && paramsOf(query)).toEqual({ q: text, type: "films", page: "3" });
    }
  });

  it("give a page without a query a path too, and repeated parameters as arrays", () => {
    expect(
      paramsOf(queryOfSegments(segmentsOf(queryPagePath("en", "discover", new URLSearchParams())), asIs)!),
    ).toEqual({});
    const genres = new URLSearchParams("genre=drama&genre=crime&sort=rating");
    expect(paramsOf(queryOfSegments(segmentsOf(queryPagePath("en", "discover", genres)), asIs)!)).toEqual({
      genre: ["drama", "crime"],
      sort: "rating",
    });
  });

  it("name no query when the segments are not the ones the page writes, so that each view has one path", () => {
    const canonical = segmentsOf(queryPagePath("en", "discover", discoverQuery(new URLSearchParams("genre=drama"))));
    expect(queryOfSegments(canonical, discoverQuery)?.toString()).toBe("genre=drama");
    const reordered = segmentsOf(queryPagePath("en", "discover", new URLSearchParams("sort=rating&genre=drama")));
    const unread = segmentsOf(queryPagePath("en", "discover", new URLSearchParams("genre=drama&utm_source=x")));
    for (const segments of [
      reordered,
      unread,
      [`${canonical[0]}=`],
      ["-"],
      [""],
      [Buffer.from("genre=drama").toString("base64url")],
    ]) {
      expect(queryOfSegments(segments, discoverQuery), segments.join("/")).toBeUndefined();
    }
  });

  it("split a long query into segments short enough to name a file, and join them again only as written", () => {
    const text = "기생충 ".repeat(40).trim();
    const segments = segmentsOf(queryPagePath("ko", "search", searchQuery(text)));
    expect(segments.length).toBeGreaterThan(1);
    expect(Math.max(...segments.map((segment) => segment.length))).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
    expect(queryOfSegments(segments, asIs)?.get("q")).toBe(text);
    const [first, ...rest] = segments;
    expect(queryOfSegments([first!.slice(0, 100), first!.slice(100), ...rest], asIs)).toBeUndefined();
  });
});

describe("Discover's query, as its pages are keyed", () => {
  it("keeps its own parameters in one order, each genre once and the first of the rest, without blanks", () => {
    const query = new URLSearchParams(
      "page=2&utm_source=x&genre=drama&genre=+crime+&genre=drama&yearFrom=1990&yearFrom=2000&country=&minVotes=abc",
    );
    expect(discoverQuery(query).toString()).toBe("genre=drama&genre=crime&yearFrom=1990&minVotes=abc&page=2");
  });
});
