import { describe, expect, it } from "vitest";
import { formatCursor, parseCursor } from "./keyset-cursor";

const AT = "2026-12-04T18:01:02.123456Z";

describe("keyset cursors", () => {
  it("read back what they wrote, to the microsecond", () => {
    expect(parseCursor(formatCursor(AT, ["reviewed", 42, 7]), 3)).toEqual({ at: AT, keys: ["reviewed", "42", "7"] });
  });

  it("name no position for anything else, so an edited link is the first page", () => {
    for (const text of [
      undefined,
      "",
      "yesterday_1",
      "2026-12-04T18:01:02.123Z_1",
      `${AT}`,
      `${AT}_1_2`,
      `${AT}_DROP TABLE`,
      "2026-13-45T18:01:02.123456Z_1",
    ]) {
      expect(parseCursor(text, 1), text).toBeUndefined();
    }
  });
});
