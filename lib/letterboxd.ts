// Letterboxd's CSV format, for exporting Marquee ratings and importing a Letterboxd export.
import { parse } from "csv-parse/sync";

/** The columns of Letterboxd's reviews.csv, so the export can be read wherever Letterboxd exports are. */
export const LETTERBOXD_COLUMNS = [
  "Date",
  "Name",
  "Year",
  "Letterboxd URI",
  "Rating",
  "Rewatch",
  "Review",
  "Tags",
  "Watched Date",
];

/**
 * Letterboxd rates 0.5–5 in half stars: rating / 2. It has no "trash", so a 0 is exported without a rating and
 * tagged, which keeps it visible without inventing a half star.
 */
export function toLetterboxdRating(rating: number) {
  return rating === 0 ? { rating: "", tags: "trash" } : { rating: String(rating / 2), tags: "" };
}

export interface LetterboxdRow {
  line: number;
  name: string;
  year: number;
  /** Marquee's 1–10. */
  rating: number;
  review: string | null;
}

export type ParsedImport = { rows: LetterboxdRow[]; invalid: { line: number; reason: string }[] };

/** Reads a Letterboxd ratings.csv or reviews.csv; rows without a usable name, year or rating are reported. */
export function parseLetterboxdCsv(text: string): ParsedImport {
  const records = parse(text, {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
    trim: true,
  }) as Record<string, string>[];
  const result: ParsedImport = { rows: [], invalid: [] };
  records.forEach((record, index) => {
    const line = index + 2;
    const name = record.Name?.trim();
    const year = Number(record.Year);
    const stars = Number(record.Rating);
    if (!name) return result.invalid.push({ line, reason: "no film name" });
    if (!Number.isInteger(year) || year < 1870 || year > 2100)
      return result.invalid.push({ line, reason: `no valid year for "${name}"` });
    if (!record.Rating || !Number.isInteger(stars * 2) || stars < 0.5 || stars > 5) {
      return result.invalid.push({ line, reason: `no rating from 0.5 to 5 for "${name}"` });
    }
    result.rows.push({ line, name, year, rating: stars * 2, review: record.Review?.trim() || null });
  });
  return result;
}
