import { describe, expect, it } from "vitest";
import { discoverQuery } from "./discover-params";
import { paramsOf, queryOfSegment, queryPagePath } from "./query-pages";
import { searchQuery } from "./search-query";

const segmentOf = (path: string) => path.split("/").at(-1)!;
const asIs = (query: URLSearchParams) => query;

describe("pages keyed by their query", () => {
  it("carry any query, slashes, percents and other scripts included, and read it back", () => {
    for (const text of ["Forrest Gump", "AC/DC 100%", "기생충", "Amélie ?#&=", "a+b"]) {
      const path = queryPagePath("cs", "search", searchQuery(text, "films", 3));
      expect(path).toMatch(/^\/cs\/search\/for\/[A-Za-z0-9_-]+$/);
      const query = queryOfSegment(segmentOf(path), asIs);
      expect(query && paramsOf(query)).toEqual({ q: text, type: "films", page: "3" });
    }
  });

  it("give a page without a query a path too, and repeated parameters as arrays", () => {
    expect(paramsOf(queryOfSegment(segmentOf(queryPagePath("en", "discover", new URLSearchParams())), asIs)!)).toEqual(
      {},
    );
    const genres = new URLSearchParams("genre=drama&genre=crime&sort=rating");
    expect(paramsOf(queryOfSegment(segmentOf(queryPagePath("en", "discover", genres)), asIs)!)).toEqual({
      genre: ["drama", "crime"],
      sort: "rating",
    });
  });

  it("name no query when the segment is not the one the page writes, so that each view has one path", () => {
    const canonicalDiscover = segmentOf(
      queryPagePath("en", "discover", discoverQuery(new URLSearchParams("genre=drama"))),
    );
    expect(queryOfSegment(canonicalDiscover, discoverQuery)?.toString()).toBe("genre=drama");
    const reordered = segmentOf(queryPagePath("en", "discover", new URLSearchParams("sort=rating&genre=drama")));
    const unread = segmentOf(queryPagePath("en", "discover", new URLSearchParams("genre=drama&utm_source=x")));
    for (const segment of [
      reordered,
      unread,
      `${canonicalDiscover}=`,
      "-",
      "",
      Buffer.from("genre=drama").toString("base64url"),
    ]) {
      expect(queryOfSegment(segment, discoverQuery), segment).toBeUndefined();
    }
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
