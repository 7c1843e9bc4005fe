// IMDb's ids ("tt0000123" a title, "nm0000123" a name) as numbers: an import of IMDb's files holds millions of them,
// and as a Map key a number costs nothing beside its entry where a string costs some 40 bytes more.

const ZERO = "0".charCodeAt(0);
const FIRST_DIGIT = 2;
// Past 15 digits a double no longer holds every integer exactly.
const MAX_DIGITS = 15;
const PADDED_DIGITS = 7;

/**
 * The number of an IMDb id with this prefix, written as IMDb writes them (zero-padded to seven digits, no leading
 * zero beyond): "nm0000123" → 123, "nm15000001" → 15000001. Any other spelling ("nm123", "nm00000123") is
 * undefined, so that a number stands for exactly one string.
 */
export function imdbIdNumber(id: string, prefix: "tt" | "nm"): number | undefined {
  const digits = id.length - FIRST_DIGIT;
  if (digits < PADDED_DIGITS || digits > MAX_DIGITS || !id.startsWith(prefix)) return undefined;
  if (digits > PADDED_DIGITS && id.charCodeAt(FIRST_DIGIT) === ZERO) return undefined;
  let number = 0;
  for (let index = FIRST_DIGIT; index < id.length; index++) {
    const digit = id.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * A Map key standing for one IMDb id: a title's number, a name's number below zero (so that tt0000123 and nm0000123
 * stay apart), and an id of any other shape as it is.
 */
export function imdbIdKey(id: string): number | string {
  const title = imdbIdNumber(id, "tt");
  if (title !== undefined) return title;
  const name = imdbIdNumber(id, "nm");
  return name === undefined ? id : -name - 1;
}
