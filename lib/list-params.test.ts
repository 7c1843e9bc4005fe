import { describe, expect, it } from "vitest";
import { listViewPath, pageCount, parseListParams, parseListSegments } from "./list-params";

const SORTS = ["newest", "highest", "lowest"] as const;

describe("parseListParams", () => {
  it("reads page and sort", () => {
    expect(parseListParams({ page: "3", sort: "highest" }, SORTS)).toEqual({ page: 3, sort: "highest" });
  });

  it("falls back to page 1 and the first sort for anything malformed", () => {
    for (const page of [undefined, "0", "-2", "1.5", "abc", "99999999", ["2", "3"]]) {
      expect(parseListParams({ page, sort: "sideways" }, SORTS)).toEqual({ page: 1, sort: "newest" });
    }
  });
});

describe("pageCount", () => {
  it("always has at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});

describe("parseListSegments", () => {
  it("reads the default view from no segments, and any view the list has from its segments", () => {
    expect(parseListSegments({}, SORTS)).toEqual({ sort: "newest", page: 1 });
    expect(parseListSegments({ sort: "lowest", page: "12" }, SORTS)).toEqual({ sort: "lowest", page: 12 });
  });

  it("names no view for an order the list lacks or a page that is not a page number", () => {
    for (const segments of [
      { sort: "sideways", page: "1" },
      { sort: "Newest", page: "1" },
      { sort: "newest", page: "0" },
      { sort: "newest", page: "01" },
      { sort: "newest", page: "1.5" },
      { sort: "newest", page: "99999" },
      { sort: "newest" },
    ]) {
      expect(parseListSegments(segments, SORTS), JSON.stringify(segments)).toBeUndefined();
    }
  });
});

describe("listViewPath", () => {
  it("gives the first page in the default order the list's own address, and any other view its segments", () => {
    expect(listViewPath("/films/x/reviews", SORTS, "newest", 1)).toBe("/films/x/reviews");
    expect(listViewPath("/films/x/reviews", SORTS, "newest", 2)).toBe("/films/x/reviews/newest/2");
    expect(listViewPath("/films/x/reviews", SORTS, "lowest", 1)).toBe("/films/x/reviews/lowest/1");
  });

  it("puts the views under a path of their own when the list has one", () => {
    expect(listViewPath("/genres/drama", SORTS, "highest", 3, "/genres/drama/list")).toBe(
      "/genres/drama/list/highest/3",
    );
  });
});
