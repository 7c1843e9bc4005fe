import { describe, expect, it } from "vitest";
import { imdbIdKey, imdbIdNumber } from "./imdb-ids";

describe("imdbIdNumber", () => {
  it.each([
    ["nm0000123", "nm", 123],
    ["tt0000001", "tt", 1],
    ["nm15000001", "nm", 15_000_001],
    ["tt9999999", "tt", 9_999_999],
  ] as const)("reads %s as a number", (id, prefix, number) => {
    expect(imdbIdNumber(id, prefix)).toBe(number);
  });

  it.each([
    ["nm123", "nm"],
    ["nm00000123", "nm"],
    ["tt0000123", "nm"],
    ["nm000012x", "nm"],
    ["nm 000123", "nm"],
    ["nm0000123 ", "nm"],
    ["nm1234567890123456", "nm"],
  ] as const)("leaves %s, not spelled as IMDb spells a %s id, without a number", (id, prefix) => {
    expect(imdbIdNumber(id, prefix)).toBeUndefined();
  });
});

describe("imdbIdKey", () => {
  it("keeps a title and a name with one number apart", () => {
    expect(imdbIdKey("tt0000123")).not.toBe(imdbIdKey("nm0000123"));
  });

  it("gives two spellings of one number two keys", () => {
    expect(imdbIdKey("tt123")).toBe("tt123");
    expect(imdbIdKey("tt0000123")).not.toBe(imdbIdKey("tt123"));
  });
});
