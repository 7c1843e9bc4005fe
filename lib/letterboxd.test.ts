import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { parseLetterboxdCsv, toLetterboxdRating } from "./letterboxd";

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
    const csv = [
      "Date,Name,Year,Letterboxd URI,Rating,Review",
      '2025-01-02,Escape,2024,https://boxd.it/x,3.5,"Tense, and brisk."',
      "2025-01-03,Amélie,2001,https://boxd.it/y,5,",
      "2025-01-04,No Year,,https://boxd.it/z,4,",
      "2025-01-05,Bad Rating,1999,https://boxd.it/w,3.3,",
      "2025-01-06,Unrated,1999,https://boxd.it/v,,",
    ].join("\n");
    expect(parseLetterboxdCsv(csv)).toEqual({
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
});
