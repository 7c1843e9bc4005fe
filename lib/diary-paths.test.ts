import { describe, expect, it } from "vitest";
import { diaryPath, monthRange, parseMonthSegments, parseYearSegment } from "./diary-paths";

describe("diary paths", () => {
  it("writes a month as four and two digits, the latest month as the diary's own address", () => {
    expect(diaryPath("ann")).toBe("/users/ann/diary");
    expect(diaryPath("ann", { year: 2026, month: 3 })).toBe("/users/ann/diary/2026/03");
  });

  it("reads back only months written as such, within the years films were watched in", () => {
    expect(parseMonthSegments({ year: "2026", month: "03" })).toEqual({ year: 2026, month: 3 });
    for (const [year, month] of [
      ["2026", "3"],
      ["2026", "13"],
      ["2026", "00"],
      ["1869", "12"],
      ["3000", "01"],
      ["20x6", "01"],
      ["02026", "01"],
    ])
      expect(parseMonthSegments({ year: year!, month: month! }), `${year}/${month}`).toBeUndefined();
    expect(parseYearSegment("1870")).toBe(1870);
    expect(parseYearSegment("999")).toBeUndefined();
  });

  it("gives a month's range up to the next month's first day, over a year's end too", () => {
    expect(monthRange({ year: 2025, month: 12 })).toEqual({ from: "2025-12-01", until: "2026-01-01" });
    expect(monthRange({ year: 2026, month: 2 })).toEqual({ from: "2026-02-01", until: "2026-03-01" });
  });
});
