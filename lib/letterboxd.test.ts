import { describe, expect, it } from "vitest";
import { csvCellText, toCsv } from "./csv";
import {
  filmSlugFromUri,
  letterboxdExportCsv,
  MAX_IMPORT_ROWS,
  parseLetterboxdCsv,
  toLetterboxdRating,
} from "./letterboxd";
import { REVIEW_MAX_LENGTH } from "./validation/review-limits";

const SITE = new URL("https://marquee.example");

describe("toCsv", () => {
  it("quotes cells, doubles quotes and defuses spreadsheet formulas", () => {
    expect(
      toCsv(
        ["Name", "Review"],
        [
          ['Say "hi"', '=HYPERLINK("x")'],
          ["A, B", null],
        ],
      ),
    ).toBe('"Name","Review"\r\n"Say ""hi""","\'=HYPERLINK(""x"")"\r\n"A, B",""\r\n');
  });
});

describe("csvCellText", () => {
  it("reads back every text toCsv defused, exactly", () => {
    const texts = ["=1+1", "'=1+1", "''-x", "-- spoilers --", "'quoted'", "@home", "plain"];
    const cells = toCsv(
      ["Text"],
      texts.map((text) => [text]),
    )
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.slice(1, -1).replace(/""/g, '"'));
    expect(cells.map(csvCellText)).toEqual(texts);
  });
});

describe("toLetterboxdRating", () => {
  it("halves Marquee's 0–10 and tags trash instead of inventing a half star", () => {
    expect(toLetterboxdRating(7)).toEqual({ rating: "3.5", tags: "" });
    expect(toLetterboxdRating(0)).toEqual({ rating: "", tags: "trash" });
  });
});

describe("parseLetterboxdCsv", () => {
  it("reads ratings and reviews, and reports rows it cannot use with their line", () => {
    const csv = csvOf([
      '2025-01-02,Escape,2024,https://boxd.it/x,3.5,"Tense, and brisk."',
      "2025-01-03,Amélie,2001,https://boxd.it/y,5,",
      "2025-01-04,No Year,,https://boxd.it/z,4,",
      "2025-01-05,Bad Rating,1999,https://boxd.it/w,3.3,",
      "2025-01-06,Unrated,1999,https://boxd.it/v,,",
    ]);
    expect(parseLetterboxdCsv(csv, SITE)).toEqual({
      ok: true,
      rows: [
        { line: 2, name: "Escape", year: 2024, rating: 7, review: "Tense, and brisk." },
        { line: 3, name: "Amélie", year: 2001, rating: 10, review: null },
      ],
      invalid: [
        { line: 4, reason: 'no valid year for "No Year"' },
        { line: 5, reason: 'no rating from 0.5 to 5 for "Bad Rating"' },
        { line: 6, reason: 'no rating from 0.5 to 5 for "Unrated"' },
      ],
    });
  });

  it("holds each review to the review form's rules, and reports a row that breaks one instead of cutting it short", () => {
    const longest = "a".repeat(REVIEW_MAX_LENGTH);
    const csv = csvOf([
      `2025-01-02,Escape,2024,,4,"${longest}"`,
      `2025-01-03,Amélie,2001,,5,"${longest}!"`,
      '2025-01-04,Ikiru,1952,,4.5,"Quiet\u0000ly devastating."',
      "2025-01-05,Rashomon\u0007,1950,,4,",
    ]);
    expect(parseLetterboxdCsv(csv, SITE)).toEqual({
      ok: true,
      rows: [{ line: 2, name: "Escape", year: 2024, rating: 8, review: longest }],
      invalid: [
        { line: 3, reason: `"Amélie": A review can be at most ${REVIEW_MAX_LENGTH} characters.` },
        { line: 4, reason: '"Ikiru": Remove the invisible control characters from the review.' },
        { line: 5, reason: "invisible control characters in the film name" },
      ],
    });
  });

  it(`reads up to ${MAX_IMPORT_ROWS} rows, and refuses a longer file whole`, () => {
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `2025-01-02,Film ${index},2000,,3,`);
    const atTheBound = parseLetterboxdCsv(csvOf(rows(MAX_IMPORT_ROWS)), SITE);
    expect(atTheBound.ok && atTheBound.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(parseLetterboxdCsv(csvOf(rows(MAX_IMPORT_ROWS + 1)), SITE)).toEqual({
      ok: false,
      error: "That file has more than 5,000 rows: split it and import each part.",
    });
  });

  it("reads trash from the export's empty rating tagged trash, and refuses an empty rating otherwise", () => {
    const csv = [
      "Date,Name,Year,Letterboxd URI,Rating,Review,Tags",
      '2025-01-02,Escape,2024,,,,"favourites, Trash"',
      "2025-01-03,Ikiru,1952,,,,favourites",
      "2025-01-04,Rashomon,1950,,4,,trash",
    ].join("\n");
    expect(parseLetterboxdCsv(csv, SITE)).toEqual({
      ok: true,
      rows: [
        { line: 2, name: "Escape", year: 2024, rating: 0, review: null },
        { line: 4, name: "Rashomon", year: 1950, rating: 8, review: null },
      ],
      invalid: [{ line: 3, reason: 'no rating from 0.5 to 5 for "Ikiru"' }],
    });
  });

  it("leaves out the review of a file without a Review column, and the spoiler mark of one that does not say", () => {
    const ratingsOnly = ["Date,Name,Year,Letterboxd URI,Rating", "2025-01-02,Escape,2024,,4"].join("\n");
    const withSpoilers = [
      "Name,Year,Rating,Review,Spoilers",
      "Escape,2024,4,Twist.,Yes",
      "Ikiru,1952,5,Quiet.,No",
      "Rashomon,1950,4,Rain.,",
    ].join("\n");
    expect(parseLetterboxdCsv(ratingsOnly, SITE)).toEqual({
      ok: true,
      rows: [{ line: 2, name: "Escape", year: 2024, rating: 8 }],
      invalid: [],
    });
    expect(parseLetterboxdCsv(withSpoilers, SITE)).toEqual({
      ok: true,
      rows: [
        { line: 2, name: "Escape", year: 2024, rating: 8, review: "Twist.", hasSpoilers: true },
        { line: 3, name: "Ikiru", year: 1952, rating: 10, review: "Quiet.", hasSpoilers: false },
        { line: 4, name: "Rashomon", year: 1950, rating: 8, review: "Rain." },
      ],
      invalid: [],
    });
  });

  it("reads the film's slug from this site's address, and IMDb and TMDB ids from Letterboxd's import columns", () => {
    const csv = [
      "Name,Year,Rating,Letterboxd URI,imdbID,tmdbID",
      "Escape,2024,4,https://marquee.example/films/escape-2024,tt0211915,194",
      "Ikiru,1952,5,https://boxd.it/29Qy,nm123,x",
    ].join("\n");
    expect(parseLetterboxdCsv(csv, SITE)).toMatchObject({
      rows: [
        { line: 2, filmSlug: "escape-2024", imdbId: "tt0211915", tmdbId: "194" },
        { line: 3, name: "Ikiru" },
      ],
    });
    const [, ikiru] = (parseLetterboxdCsv(csv, SITE) as { rows: object[] }).rows;
    expect(Object.keys(ikiru!)).toEqual(["line", "name", "year", "rating"]);
  });

  it("refuses a file that is not CSV", () => {
    expect(parseLetterboxdCsv(csvOf(['2025-01-02,"Escape,2024,,4,']), SITE)).toEqual({
      ok: false,
      error: "That file is not a CSV we can read.",
    });
  });
});

function csvOf(rows: string[]) {
  return ["Date,Name,Year,Letterboxd URI,Rating,Review", ...rows].join("\n");
}

describe("filmSlugFromUri", () => {
  it("reads a film's slug only from this site's film addresses", () => {
    expect(filmSlugFromUri("https://marquee.example/films/escape-2024", SITE)).toBe("escape-2024");
    expect(filmSlugFromUri("https://marquee.example/films/escape-2024/", SITE)).toBe("escape-2024");
    expect(filmSlugFromUri("https://elsewhere.example/films/escape-2024", SITE)).toBeUndefined();
    expect(filmSlugFromUri("https://letterboxd.com/film/escape-2024/", SITE)).toBeUndefined();
    expect(filmSlugFromUri("https://marquee.example/films/Escape 2024", SITE)).toBeUndefined();
    expect(filmSlugFromUri("not a URL", SITE)).toBeUndefined();
  });
});

describe("letterboxdExportCsv", () => {
  it("writes what the import reads back: rating or trash, the text as written, the spoiler mark and the address", () => {
    const film = { slug: "escape-2024", title: "Escape", year: 2024 };
    const createdAt = new Date("2025-01-02T10:00:00Z");
    const csv = letterboxdExportCsv(
      [
        { rating: 0, body: "=Awful.\r\nTruly.", hasSpoilers: true, createdAt, film },
        { rating: 7, body: null, hasSpoilers: false, createdAt, film: { ...film, slug: "ikiru-1952" } },
      ],
      SITE,
    );
    expect(parseLetterboxdCsv(csv, SITE)).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          name: "Escape",
          year: 2024,
          rating: 0,
          review: "=Awful.\r\nTruly.",
          hasSpoilers: true,
          filmSlug: "escape-2024",
        },
        { line: 3, name: "Escape", year: 2024, rating: 7, review: null, hasSpoilers: false, filmSlug: "ikiru-1952" },
      ],
      invalid: [],
    });
  });
});

describe("parseLetterboxdCsv on a watchlist.csv", () => {
  const watchlist = [
    "Date,Name,Year,Letterboxd URI",
    "2024-02-03,Escape,2024,https://marquee.example/films/escape-2024",
    ",Ikiru,1952,https://boxd.it/29Qy",
    "2024-02-30,Rashomon,1950,https://boxd.it/x",
  ].join("\n");

  it("reads each film, dated as the file says, to go on the watchlist with no rating", () => {
    expect(parseLetterboxdCsv(watchlist, SITE, "watchlist.csv")).toEqual({
      ok: true,
      isWatchlist: true,
      rows: [
        {
          line: 2,
          name: "Escape",
          year: 2024,
          rating: null,
          watchlist: { addedOn: "2024-02-03" },
          filmSlug: "escape-2024",
        },
        { line: 3, name: "Ikiru", year: 1952, rating: null, watchlist: {} },
      ],
      invalid: [{ line: 4, reason: 'no valid date for "Rashomon"' }],
    });
  });

  it("refuses the same columns under another name, as Letterboxd's watched.csv and likes have them", () => {
    for (const name of ["watched.csv", "films.csv", ""])
      expect(parseLetterboxdCsv(watchlist, SITE, name)).toEqual({
        ok: false,
        error: "That file has no ratings or viewings. To import your watchlist, choose watchlist.csv.",
      });
  });
});
