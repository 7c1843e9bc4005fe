import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { MAX_IMPORT_ROWS, parseLetterboxdCsv, toLetterboxdRating } from "./letterboxd";
import { REVIEW_MAX_LENGTH } from "./validation/review-limits";

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
    expect(parseLetterboxdCsv(csv)).toEqual({
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
    expect(parseLetterboxdCsv(csv)).toEqual({
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
    const atTheBound = parseLetterboxdCsv(csvOf(rows(MAX_IMPORT_ROWS)));
    expect(atTheBound.ok && atTheBound.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(parseLetterboxdCsv(csvOf(rows(MAX_IMPORT_ROWS + 1)))).toEqual({
      ok: false,
      error: "That file has more than 5,000 rows: split it and import each part.",
    });
  });

  it("refuses a file that is not CSV", () => {
    expect(parseLetterboxdCsv(csvOf(['2025-01-02,"Escape,2024,,4,']))).toEqual({
      ok: false,
      error: "That file is not a CSV we can read.",
    });
  });
});

function csvOf(rows: string[]) {
  return ["Date,Name,Year,Letterboxd URI,Rating,Review", ...rows].join("\n");
}
