// URL slugs in the format the schema checks (^[a-z0-9]+(-[a-z0-9]+)*$): "escape-2024", "lee-jong-pil".

const MAX_SLUG_BASE_LENGTH = 80;

// Latin letters that Unicode decomposition leaves alone but a reader would spell with plain ones.
const LATIN_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Lower case, accents dropped ("Amélie" → "amelie"); letters of other scripts are kept as they are. */
export function foldCase(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      // Decomposition also splits Hangul syllables into letters: put them back together.
      .normalize("NFC")
      .toLowerCase()
      .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
  );
}

/** "Le Rêve de Noël" → "le-reve-de-noel"; empty for a text with no Latin letters or digits (e.g. Hangul). */
export function slugBase(text: string): string {
  const slug = foldCase(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_BASE_LENGTH) return slug;
  // Cut at a word boundary so that long titles still read as words.
  const cut = slug.slice(0, MAX_SLUG_BASE_LENGTH);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** A person's slug is their name; a name in another script alone gives "person". */
export function personSlug(name: string): string {
  return slugBase(name) || "person";
}

/** A film's slug is its title and year; a title in another script alone gives "film-2024". */
export function filmSlug(title: string, year: number): string {
  return `${slugBase(title) || "film"}-${year}`;
}

/** The n-th alternative when a slug is taken: "escape-2024", "escape-2024-2", … */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}
