import { describe, expect, it } from "vitest";
import { browseCanonicalPath, browseViewPath } from "./browse-paths";

describe("browseViewPath", () => {
  it("gives the first page in the default order the list's own address", () => {
    expect(browseViewPath("/genres/drama", "popular", 1)).toBe("/genres/drama");
  });

  it("puts any other order or page in the path", () => {
    expect(browseViewPath("/genres/drama", "popular", 2)).toBe("/genres/drama/list/popular/2");
    expect(browseViewPath("/years/2024", "rating", 1)).toBe("/years/2024/list/rating/1");
  });
});

describe("browseCanonicalPath", () => {
  it("makes each page of a list its own canonical, not the first page", () => {
    expect(browseCanonicalPath("/genres/drama", { sort: "rating", page: "2" })).toBe("/genres/drama/list/rating/2");
    expect(browseCanonicalPath("/countries/kr", { sort: "popular", page: "3" })).toBe("/countries/kr/list/popular/3");
  });

  it("names the list's own address for its first page in the default order, however it was reached", () => {
    expect(browseCanonicalPath("/genres/drama", {})).toBe("/genres/drama");
    expect(browseCanonicalPath("/genres/drama", { sort: "popular", page: "1" })).toBe("/genres/drama");
  });

  it("names the view a malformed segment falls back to", () => {
    expect(browseCanonicalPath("/years/2024", { sort: "sideways", page: "2" })).toBe("/years/2024/list/popular/2");
    expect(browseCanonicalPath("/years/2024", { sort: "title", page: "0" })).toBe("/years/2024/list/title/1");
  });
});
