import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./audit-diff";

describe("diffSnapshots", () => {
  it("lists only the fields that changed, lists as comma-separated text", () => {
    expect(
      diffSnapshots(
        { title: "Escape", year: 2024, genres: ["thriller"], runtimeMinutes: null },
        { title: "Escape!", year: 2024, genres: ["thriller", "war"], runtimeMinutes: 94 },
      ),
    ).toEqual([
      { field: "title", before: "Escape", after: "Escape!" },
      { field: "genres", before: "thriller", after: "thriller, war" },
      { field: "runtimeMinutes", before: "—", after: "94" },
    ]);
  });

  it("treats a creation as every field changing from nothing", () => {
    expect(diffSnapshots(null, { title: "New" })).toEqual([{ field: "title", before: "—", after: "New" }]);
  });

  it("describes list rows by their values, leaving out the ids behind them", () => {
    expect(
      diffSnapshots(
        { credits: [{ personId: 3, name: "Lee Jong-pil", role: "director", character: null }] },
        {
          credits: [
            { personId: 3, name: "Lee Jong-pil", role: "director", character: null },
            { personId: 9, name: "Je-hoon Lee", role: "cast", character: "Gyu-nam" },
          ],
        },
      ),
    ).toEqual([
      {
        field: "credits",
        before: "Lee Jong-pil · director",
        after: "Lee Jong-pil · director; Je-hoon Lee · cast · Gyu-nam",
      },
    ]);
  });

  it("leaves out what an entry keeps only for a revert: a removed film's rows, a merge's record", () => {
    expect(
      diffSnapshots(
        { title: "Escape", rows: { reviews: [{ id: 1 }] } },
        { mergedInto: 7, merge: { movedReviews: [1] } },
      ),
    ).toEqual([
      { field: "mergedInto", before: "—", after: "7" },
      { field: "title", before: "Escape", after: "—" },
    ]);
  });
});
