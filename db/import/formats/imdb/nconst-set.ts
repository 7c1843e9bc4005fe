// The set of IMDb people to read from name.basics: at IMDb's scale several million nconsts, which as strings in a
// Set cost some 200 MB; as one bit per number ("nm0000123" → 123) they cost 2 MB. Two spellings of one number
// ("nm123") share a bit, which at worst reads one row more.

const NCONST = /^nm(\d{1,9})$/;

export class NconstSet {
  private bits = new Uint8Array(1 << 20);
  /** Nconsts not of IMDb's shape, kept as they are (name.basics refuses such rows, so this stays empty). */
  private readonly others = new Set<string>();

  add(nconst: string) {
    const number = NCONST.exec(nconst)?.[1];
    if (number === undefined) {
      this.others.add(nconst);
      return;
    }
    const index = Number(number);
    if (index >> 3 >= this.bits.length) this.grow(index);
    this.bits[index >> 3]! |= 1 << (index & 7);
  }

  has(nconst: string) {
    const number = NCONST.exec(nconst)?.[1];
    if (number === undefined) return this.others.has(nconst);
    const index = Number(number);
    return index >> 3 < this.bits.length && (this.bits[index >> 3]! & (1 << (index & 7))) !== 0;
  }

  private grow(index: number) {
    const grown = new Uint8Array(Math.max(this.bits.length * 2, (index >> 3) + 1));
    grown.set(this.bits);
    this.bits = grown;
  }
}
