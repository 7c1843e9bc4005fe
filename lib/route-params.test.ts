import { describe, expect, it } from "vitest";
import { parseId } from "./route-params";

describe("parseId", () => {
  it("accepts positive whole numbers that fit a Postgres integer", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId("2147483647")).toBe(2147483647);
  });

  it("refuses everything else", () => {
    for (const segment of ["0", "-1", "1.5", "042", "abc", "1e3", "2147483648", "", " 1"]) {
      expect(parseId(segment)).toBeUndefined();
    }
  });
});
