// Letterboxd's CSV format, for exporting Marquee ratings and importing a Letterboxd export.
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { hasControlCharacters } from "@/lib/validation/fields";
import { reviewFormSchema } from "@/lib/validation/reviews";

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

/**
 * Rows read from one file: a heavy Letterboxd user's whole diary. It bounds one request's work; a longer export is
 * imported in parts.
 */
export const MAX_IMPORT_ROWS = 5000;

/**
 * A row's review under the review form's rules: the form's own field, after the check every form gets first
 * (defineAction refuses control characters, which PostgreSQL or a feed would choke on).
 */
const importedReviewSchema = z
  .string()
  .refine((text) => !hasControlCharacters(text), "Remove the invisible control characters from the review.")
  .pipe(reviewFormSchema.shape.body);

export interface LetterboxdRow {
  line: number;
  name: string;
  year: number;
  /** Marquee's 1–10. */
  rating: number;
  review: string | null;
}

export type InvalidRow = { line: number; reason: string };

/** The rows to import and those reported instead, or why the whole file is refused. */
export type ParsedImport = { ok: true; rows: LetterboxdRow[]; invalid: InvalidRow[] } | { ok: false; error: string };

/**
 * Reads a Letterboxd ratings.csv or reviews.csv. A row without a usable name, year or rating, or whose review the
 * review form would refuse, is reported and not imported: nothing is cut short or cleaned up behind the member's
 * back. A file that is not CSV, or has more than MAX_IMPORT_ROWS rows, is refused whole.
 */
export function parseLetterboxdCsv(text: string): ParsedImport {
  const records = readRecords(text);
  if (!records) return { ok: false, error: "That file is not a CSV we can read." };
  if (records.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      error: `That file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows: split it and import each part.`,
    };
  }
  const rows: LetterboxdRow[] = [];
  const invalid: InvalidRow[] = [];
  records.forEach((record, index) => {
    // Numbered as a spreadsheet shows the rows, under the header: a review's line breaks stay inside its cell.
    const row = readRow(index + 2, record);
    if ("reason" in row) invalid.push(row);
    else rows.push(row);
  });
  return { ok: true, rows, invalid };
}

/** The file's records by column name, reading no further than one past the bound; undefined when it is not CSV. */
function readRecords(text: string) {
  try {
    return parse(text, {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      trim: true,
      to: MAX_IMPORT_ROWS + 1,
    }) as Record<string, string>[];
  } catch (error) {
    if (error instanceof CsvError) return undefined;
    throw error;
  }
}

function readRow(line: number, record: Record<string, string>): LetterboxdRow | InvalidRow {
  const name = record.Name?.trim();
  const year = Number(record.Year);
  const stars = Number(record.Rating);
  if (!name) return { line, reason: "no film name" };
  if (hasControlCharacters(name)) return { line, reason: "invisible control characters in the film name" };
  if (!Number.isInteger(year) || year < 1870 || year > 2100) return { line, reason: `no valid year for "${name}"` };
  if (!record.Rating || !Number.isInteger(stars * 2) || stars < 0.5 || stars > 5)
    return { line, reason: `no rating from 0.5 to 5 for "${name}"` };
  const review = importedReviewSchema.safeParse(record.Review ?? "");
  if (!review.success) return { line, reason: `"${name}": ${review.error.issues[0]!.message}` };
  return { line, name, year, rating: stars * 2, review: review.data };
}
