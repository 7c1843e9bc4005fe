import { describe, expect, it } from "vitest";
import { NconstSet } from "./nconst-set";

describe("NconstSet", () => {
  it("holds the nconsts added and no others", () => {
    const set = new NconstSet();
    set.add("nm0000001");
    set.add("nm0000008");
    expect(set.has("nm0000001")).toBe(true);
    expect(set.has("nm0000008")).toBe(true);
    expect(set.has("nm0000002")).toBe(false);
    expect(set.has("nm0000009")).toBe(false);
  });

  it("grows past its first size for IMDb's newer, larger numbers", () => {
    const set = new NconstSet();
    set.add("nm15000001");
    expect(set.has("nm15000001")).toBe(true);
    expect(set.has("nm15000000")).toBe(false);
    expect(set.has("nm99999999")).toBe(false);
  });

  it("keeps another spelling of a number apart from IMDb's own", () => {
    const set = new NconstSet();
    set.add("nm123");
    expect(set.has("nm123")).toBe(true);
    expect(set.has("nm0000123")).toBe(false);
  });

  it("keeps ids of another shape as they are", () => {
    const set = new NconstSet();
    set.add("x123");
    expect(set.has("x123")).toBe(true);
    expect(set.has("nm0000123")).toBe(false);
  });
});
