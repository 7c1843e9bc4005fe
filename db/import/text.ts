// Text clean-up and the keys importers match on: scraped datasets spell one title or name in many ways.
import { foldCase } from "@/lib/slugs";

/**
 * Text as scraped data carries it, made plain: zero-width characters and other control characters dropped,
 * odd spaces (no-break, tabs, line breaks) made single spaces, and broken UTF-16 repaired, since PostgreSQL
 * refuses a NUL or a lone surrogate in text and one such cell would fail a whole batch.
 */
export function cleanText(value: string) {
  return value
    .toWellFormed()
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\p{Cc}/gu, "")
    .trim();
}

/** Words only: "Amélie Poulain" and "amelie  poulain" are the same key. */
export function matchKeyForName(name: string) {
  return foldCase(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A title's key also ignores a leading English article, so "The Postman" matches MovieLens's "Postman, The"
 * once reordered, and "Misérables" matches "Miserables".
 */
export function matchKeyForTitle(title: string) {
  return matchKeyForName(title).replace(/^(the|a|an) /, "");
}
