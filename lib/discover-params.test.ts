import { describe, expect, it } from "vitest";
import { discoverHref, parseDiscoverParams, type DiscoverFilters } from "./discover-params";

const KNOWN = { genres: ["thriller", "action", "drama"], countries: ["KR", "FR"] };

/** A query string as Next gives it to a page: a repeated key as an array, a single one as a string. */
function paramsOf(href: string) {
  const searchParams = new URL(href, "http://localhost").searchParams;
  return Object.fromEntries(
    [...searchParams.keys()].map((key) => {
      const values = searchParams.getAll(key);
      return [key, values.length > 1 ? values : values[0]];
    }),
  );
}

describe("parseDiscoverParams", () => {
  it("reads every filter, the sort and the page", () => {
    const request = parseDiscoverParams(
      {
        genre: ["thriller", "action"],
        country: "kr",
        yearFrom: "2000",
        yearTo: "2024",
        runtimeFrom: "90",
        runtimeTo: "120",
        minRating: "60",
        minVotes: "2",
        sort: "votes",
        page: "2",
      },
      KNOWN,
    );
    expect(request).toEqual({
      filters: {
        genres: ["thriller", "action"],
        country: "KR",
        yearFrom: 2000,
        yearTo: 2024,
        runtimeFrom: 90,
        runtimeTo: 120,
        minRating: 60,
        minVotes: 2,
      },
      sort: "votes",
      page: 2,
      problems: [],
    });
  });

  it("ignores the empty fields a submitted form sends", () => {
    expect(parseDiscoverParams({ country: "", yearFrom: "", minRating: " ", sort: "weighted" }, KNOWN)).toEqual({
      filters: { genres: [] },
      sort: "weighted",
      page: 1,
      problems: [],
    });
  });

  it("leaves out what makes no sense, says why, and keeps the rest", () => {
    const request = parseDiscoverParams(
      {
        genre: ["thriller", "space-opera"],
        country: "XX",
        yearFrom: "abc",
        yearTo: "1999",
        minRating: "500",
        minVotes: "-3",
        runtimeTo: "1e9",
      },
      KNOWN,
    );
    expect(request.filters).toEqual({ genres: ["thriller"], yearTo: 1999 });
    expect(request.problems).toEqual([
      { kind: "unknownGenre", value: "space-opera" },
      { kind: "unknownCountry", value: "XX" },
      { kind: "yearFrom", value: "abc" },
      { kind: "runtimeTo", value: "1e9" },
      { kind: "minRating", value: "500" },
      { kind: "minVotes", value: "-3" },
    ]);
  });

  it("shortens hostile values in its messages", () => {
    const { problems } = parseDiscoverParams({ genre: "x".repeat(5000) }, KNOWN);
    expect(problems[0]!.value).toHaveLength(40);
  });

  it("reads a reversed range the right way round", () => {
    expect(parseDiscoverParams({ yearFrom: "2020", yearTo: "1990" }, KNOWN).filters).toMatchObject({
      yearFrom: 1990,
      yearTo: 2020,
    });
  });

  it("falls back to the weighted rating and the first page", () => {
    expect(parseDiscoverParams({ sort: "random", page: "0" }, KNOWN)).toMatchObject({ sort: "weighted", page: 1 });
  });
});

describe("discoverHref", () => {
  it("is /discover alone without filters", () => {
    expect(discoverHref({ genres: [] })).toBe("/discover");
  });

  it("round-trips through parseDiscoverParams", () => {
    const filters: DiscoverFilters = {
      genres: ["thriller", "drama"],
      country: "FR",
      yearFrom: 1950,
      runtimeTo: 100,
      minRating: 70,
      minVotes: 0,
    };
    const href = discoverHref(filters, "oldest", 3);
    expect(href).toBe(
      "/discover?genre=thriller&genre=drama&country=fr&yearFrom=1950&runtimeTo=100&minRating=70&minVotes=0&sort=oldest&page=3",
    );
    expect(parseDiscoverParams(paramsOf(href), KNOWN)).toEqual({ filters, sort: "oldest", page: 3, problems: [] });
  });
});
