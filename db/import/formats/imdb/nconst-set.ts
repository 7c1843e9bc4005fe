// The set of IMDb people to read from name.basics: at IMDb's scale several million nconsts, which as strings in a
// Set cost some 200 MB; as one bit per number ("nm0000123" → 123) they cost 2 MB.
import { imdbIdNumber } from "../../imdb-ids";

/** Bits for numbers up to nine digits (125 MB at most); a longer one, were there any, is kept as a string. */
const MAX_BIT = 999_999_999;

/** The bit of an nconst, or undefined for one kept as a string. */
function bitOf(nconst: string) {
  const number = imdbIdNumber(nconst, "nm");
  return number !== undefined && number <= MAX_BIT ? number : undefined;
}

export class NconstSet {
  private bits = new Uint8Array(1 << 20);
  /** Nconsts not spelled as IMDb spells them, kept as they are (name.basics has none). */
  private readonly others = new Set<string>();

  add(nconst: string) {
    const index = bitOf(nconst);
    if (index === undefined) {
      this.others.add(nconst);
      return;
    }
    if (index >> 3 >= this.bits.length) this.grow(index);
    this.bits[index >> 3]! |= 1 << (index & 7);
  }

  has(nconst: string) {
    const index = bitOf(nconst);
    if (index === undefined) return this.others.has(nconst);
    return index >> 3 < this.bits.length && (this.bits[index >> 3]! & (1 << (index & 7))) !== 0;
  }

  private grow(index: number) {
    const grown = new Uint8Array(Math.max(this.bits.length * 2, (index >> 3) + 1));
    grown.set(this.bits);
    this.bits = grown;
  }
}
