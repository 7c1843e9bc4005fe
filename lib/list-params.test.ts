import { describe, expect, it } from "vitest";
import { pageCount, parseListParams } from "./list-params";

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
