import { describe, expect, it } from "vitest";
import { groupBy } from "./collections";

describe("groupBy", () => {
  it("groups in the order keys first appear", () => {
    const groups = groupBy(["director:a", "cast:b", "director:c"], (entry) => entry.split(":")[0]);
    expect([...groups]).toEqual([
      ["director", ["director:a", "director:c"]],
      ["cast", ["cast:b"]],
    ]);
  });
});
