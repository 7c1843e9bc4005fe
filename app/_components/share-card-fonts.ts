// The fonts a share card is drawn with. Satori, which draws it, knows only the fonts it is handed, and its default
// covers basic Latin alone: a Korean title came out as boxes, and so did Czech's ř and ů. Noto Sans covers the Latin
// (and Cyrillic, Greek) letters, Noto Sans KR Hangul and the Han characters of Korean and Japanese titles.
// Fontsource ships each cut by Google Fonts into files by Unicode range (WOFF, which Satori reads; it cannot read
// WOFF2): a card loads only the few files its own characters need.
import { readFile } from "node:fs/promises";
import path from "node:path";
import latinRanges from "@fontsource/noto-sans/unicode.json" with { type: "json" };
import koreanRanges from "@fontsource/noto-sans-kr/unicode.json" with { type: "json" };

const WEIGHTS = [400, 700] as const;

interface FontSubset {
  family: string;
  /** The file's part of the name: "latin", or "12" for the subset unicode.json calls "[12]". */
  name: string;
  ranges: [number, number][];
}

export interface ShareCardFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: "normal";
}

/** "U+ac00-ac0b,U+ac0d" as code point ranges. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

function subsetsOf(family: string, ranges: Record<string, string>): FontSubset[] {
  return Object.entries(ranges).map(([subset, range]) => ({
    family,
    name: subset.replace(/^\[(\d+)\]$/, "$1"),
    ranges: parseUnicodeRange(range),
  }));
}

/**
 * Noto Sans first: Noto Sans KR's own Latin files claim Latin Extended but hold few of its letters, so a character
 * both cover is drawn from Noto Sans.
 */
const SUBSETS = [...subsetsOf("noto-sans", latinRanges), ...subsetsOf("noto-sans-kr", koreanRanges)];
const ALWAYS = SUBSETS.find((subset) => subset.family === "noto-sans" && subset.name === "latin")!;

const covers = (subset: FontSubset, point: number) => subset.ranges.some(([from, to]) => point >= from && point <= to);

/** The subsets that draw the text: for each character, the first that covers it; basic Latin always. */
export function subsetsFor(text: string): FontSubset[] {
  const chosen = new Set([ALWAYS]);
  for (const character of new Set(text)) {
    const subset = SUBSETS.find((candidate) => covers(candidate, character.codePointAt(0)!));
    if (subset) chosen.add(subset);
  }
  return SUBSETS.filter((subset) => chosen.has(subset));
}

const loadedFiles = new Map<string, Promise<Buffer>>();

/** The file from where npm put it beside the app: read at run time rather than bundled (~30 MB in all). */
function fontFile({ family, name }: FontSubset, weight: number) {
  const file = `${family}-${name}-${weight}-normal.woff`;
  let loaded = loadedFiles.get(file);
  if (!loaded) {
    loaded = readFile(
      path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", family, "files", file),
    );
    // A read that failed (a passing I/O error) is tried again by the next card, not remembered for the process's life.
    loaded.catch(() => loadedFiles.delete(file));
    loadedFiles.set(file, loaded);
  }
  return loaded;
}

/** The fonts, regular and bold, for every character of the card's text, in the order Satori should try them. */
export async function shareCardFonts(text: string): Promise<ShareCardFont[]> {
  const wanted = subsetsFor(text).flatMap((subset) => WEIGHTS.map((weight) => ({ subset, weight })));
  return Promise.all(
    wanted.map(async ({ subset, weight }) => ({
      // Satori picks one font per name and weight, then falls back along the card's font-family list for a
      // missing glyph: each subset its own name lets every one of them be found.
      name: `${subset.family}-${subset.name}`,
      data: await fontFile(subset, weight),
      weight,
      style: "normal" as const,
    })),
  );
}
