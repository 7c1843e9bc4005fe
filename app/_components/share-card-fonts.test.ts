import { afterEach, describe, expect, it, vi } from "vitest";
import { shareCardImage } from "./share-card";
import { parseUnicodeRange, subsetsFor } from "./share-card-fonts";

const names = (text: string) => subsetsFor(text).map((subset) => `${subset.family}-${subset.name}`);

describe("share card fonts", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads a CSS unicode-range", () => {
    expect(parseUnicodeRange("U+0000-00FF,U+0131, U+ac00-ac0b")).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0xac00, 0xac0b],
    ]);
  });

  it("loads only the subsets a text needs, Czech's letters from Noto Sans and Hangul from Noto Sans KR", () => {
    expect(names("Marquee")).toEqual(["noto-sans-latin"]);
    expect(names("Žluťoučký kůň")).toEqual(["noto-sans-latin-ext", "noto-sans-latin"]);
    const korean = names("탈주 (2024)");
    expect(korean[0]).toBe("noto-sans-latin");
    expect(korean.slice(1).every((name) => /^noto-sans-kr-\d+$/.test(name))).toBe(true);
  });

  it("draws Korean, Japanese and Czech titles with no glyph missing", async () => {
    // Satori asks the network for a font when the ones it was given lack a glyph, and says so on the console.
    const warnings = vi.spyOn(console, "error").mockImplementation(() => {});
    const image = await shareCardImage({
      colourSlug: "escape-2024",
      heading: "탈주 · 七人の侍 · Žluťoučký kůň (2024)",
      details: "2024 · 감독 이종필",
      footer: "Hodnocení 87 %",
    });
    expect(image.headers.get("content-type")).toBe("image/png");
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    expect(warnings).not.toHaveBeenCalled();
  });
});
