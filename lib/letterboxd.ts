// Letterboxd's CSV format, for exporting Marquee ratings and importing a Letterboxd export.
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { csvCellText, toCsv } from "@/lib/csv";
import { EARLIEST_VIEWING, isoDay, latestViewingDay } from "@/lib/validation/diary";
import { hasControlCharacters } from "@/lib/validation/fields";
import { reviewFormSchema } from "@/lib/validation/reviews";

/**
 * The columns of Letterboxd's reviews.csv, so the export can be read wherever Letterboxd exports are, then Spoilers
 * (Yes or No, as Rewatch), which Letterboxd's file does not have: a member's own export read back keeps their marks.
 */
export const EXPORT_COLUMNS = [
  "Date",
  "Name",
  "Year",
  "Letterboxd URI",
  "Rating",
  "Rewatch",
  "Review",
  "Tags",
  "Watched Date",
  "Spoilers",
];

/** Letterboxd has no "trash": a 0 is exported without a rating and with this tag, and read back from it. */
const TRASH_TAG = "trash";

/**
 * Letterboxd rates 0.5–5 in half stars: rating / 2. A 0 is exported without a rating and tagged "trash", which keeps
 * it visible without inventing a half star.
 */
export function toLetterboxdRating(rating: number) {
  return rating === 0 ? { rating: "", tags: TRASH_TAG } : { rating: String(rating / 2), tags: "" };
}

/** What the export writes of each review: listAllReviewsOfUser's rows. */
export interface ExportedReview {
  rating: number;
  body: string | null;
  hasSpoilers: boolean;
  createdAt: Date;
  film: { slug: string; title: string; year: number };
}

/** A film as Letterboxd's files name it: Name, Year and Letterboxd URI, the film's address on this site. */
export function letterboxdFilmCells(film: { slug: string; title: string; year: number }, site: URL) {
  return [film.title, film.year, new URL(`/films/${film.slug}`, site).toString()] as const;
}

/** The member's reviews as the export's CSV; each film's Letterboxd URI is its address on this site. */
export function letterboxdExportCsv(reviews: ExportedReview[], site: URL) {
  const rows = reviews.map((review) => {
    const { rating, tags } = toLetterboxdRating(review.rating);
    const date = review.createdAt.toISOString().slice(0, 10);
    const spoilers = review.hasSpoilers ? "Yes" : "No";
    // No Watched Date: a review says when it was written, not when the film was seen, and a Watched Date read back
    // would become a viewing in the diary.
    return [date, ...letterboxdFilmCells(review.film, site), rating, "No", review.body, tags, "", spoilers];
  });
  return toCsv(EXPORT_COLUMNS, rows);
}

/** The slug of the film a Letterboxd URI names when it is a film's address on this site, as the export writes it. */
export function filmSlugFromUri(uri: string, site: URL) {
  if (!URL.canParse(uri)) return undefined;
  const url = new URL(uri);
  if (url.origin !== site.origin) return undefined;
  return /^\/films\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname)?.[1];
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
  /**
   * Marquee's 0–10, 0 being trash; null for a row that rates nothing: a viewing of a diary.csv logged without a rating
   * (and without words), or a film of a watchlist.csv.
   */
  rating: number | null;
  /** From a watchlist.csv: the film goes on the member's watchlist, as added on the file's Date when it gives one. */
  watchlist?: { addedOn?: string };
  /** From Watched Date (diary.csv, reviews.csv): the row is also a viewing for the member's diary, on that day. */
  watchedOn?: string;
  /** From Rewatch, with a Watched Date. */
  rewatch?: boolean;
  /** The review's text, null for none; absent when the file has no Review column (ratings.csv): existing text stays. */
  review?: string | null;
  /** Absent when the file does not say (Letterboxd's own files never do): an existing spoiler mark stays. */
  hasSpoilers?: boolean;
  /** The film's slug here, from a Letterboxd URI that is this site's address of the film (the export's). */
  filmSlug?: string;
  /** From the imdbID and tmdbID columns of Letterboxd's import format, which other tools' exports write. */
  imdbId?: string;
  tmdbId?: string;
}

export type InvalidRow = { line: number; reason: string };

/**
 * The rows to import and those reported instead, or why the whole file is refused. `isWatchlist` is there for a
 * watchlist.csv, whose rows rate nothing.
 */
export type ParsedImport =
  { ok: true; rows: LetterboxdRow[]; invalid: InvalidRow[]; isWatchlist?: true } | { ok: false; error: string };

/** The columns that make a file one of ratings or viewings; a file with none of them only names films. */
const RATING_COLUMNS = ["Rating", "Tags", "Review", "Watched Date"];

/**
 * Reads a Letterboxd ratings.csv, reviews.csv, diary.csv or watchlist.csv, or Marquee's own export (whose film
 * addresses are on `site`). A row without a usable name, year or rating, or whose review the review form would
 * refuse, is reported and not imported: nothing is cut short or cleaned up behind the member's back. A file that is
 * not CSV, or has more than MAX_IMPORT_ROWS rows, is refused whole.
 *
 * A file that only names films (Date, Name, Year, Letterboxd URI) is read as a watchlist when its name says it is
 * one: Letterboxd's watched.csv and likes have the very same columns, and must not fill the watchlist.
 */
export function parseLetterboxdCsv(text: string, site: URL, fileName = ""): ParsedImport {
  const file = readRecords(text);
  if (!file) return { ok: false, error: "That file is not a CSV we can read." };
  if (file.records.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      error: `That file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows: split it and import each part.`,
    };
  }
  const isWatchlist = !RATING_COLUMNS.some((column) => file.columns.includes(column));
  if (isWatchlist && !/watchlist/i.test(fileName)) {
    return {
      ok: false,
      error: "That file has no ratings or viewings. To import your watchlist, choose watchlist.csv.",
    };
  }
  const hasReviews = file.columns.includes("Review");
  const rows: LetterboxdRow[] = [];
  const invalid: InvalidRow[] = [];
  file.records.forEach((record, index) => {
    // Numbered as a spreadsheet shows the rows, under the header: a review's line breaks stay inside its cell.
    const line = index + 2;
    const row = isWatchlist ? readWatchlistRow(line, record, site) : readRow(line, record, { hasReviews, site });
    if ("reason" in row) invalid.push(row);
    else rows.push(row);
  });
  return isWatchlist ? { ok: true, rows, invalid, isWatchlist } : { ok: true, rows, invalid };
}

/**
 * The file's columns and its records by column name, reading no further than one past the bound; undefined when it is
 * not CSV. The columns come from the header, since a short record leaves out the names of the cells it lacks.
 */
function readRecords(text: string) {
  let columns: string[] = [];
  try {
    const records = parse(text, {
      columns: (header: string[]) => (columns = header),
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      trim: true,
      to: MAX_IMPORT_ROWS + 1,
    }) as Record<string, string | undefined>[];
    return { columns, records };
  } catch (error) {
    if (error instanceof CsvError) return undefined;
    throw error;
  }
}

/** The film a row names, by name and year, or why the row cannot be used. */
function readFilm(
  line: number,
  record: Record<string, string | undefined>,
): InvalidRow | { name: string; year: number } {
  // Letterboxd's exports name the film in Name; its import format, which other tools write, in Title.
  const name = csvCellText(record.Name ?? record.Title ?? "");
  const year = Number(record.Year);
  if (!name) return { line, reason: "no film name" };
  if (hasControlCharacters(name)) return { line, reason: "invisible control characters in the film name" };
  if (!Number.isInteger(year) || year < 1870 || year > 2100) return { line, reason: `no valid year for "${name}"` };
  return { name, year };
}

/** A watchlist.csv's row: its film, added to the watchlist on the row's Date (Letterboxd's date added), if any. */
function readWatchlistRow(
  line: number,
  record: Record<string, string | undefined>,
  site: URL,
): LetterboxdRow | InvalidRow {
  const film = readFilm(line, record);
  if ("reason" in film) return film;
  const addedOn = readDay(record.Date);
  if (addedOn === "invalid") return { line, reason: `no valid date for "${film.name}"` };
  const watchlist = addedOn ? { addedOn } : {};
  return { line, ...film, rating: null, watchlist, ...filmIdsOf(record, site) };
}

function readRow(
  line: number,
  record: Record<string, string | undefined>,
  { hasReviews, site }: { hasReviews: boolean; site: URL },
): LetterboxdRow | InvalidRow {
  const film = readFilm(line, record);
  if ("reason" in film) return film;
  const { name, year } = film;
  const rating = readRating(record);
  const viewing = readViewing(record);
  if (viewing === "invalid") return { line, reason: `no valid watched date for "${name}"` };
  // A diary's viewing may go unrated; words need a rating to be a review with.
  const hasText = hasReviews && csvCellText(record.Review ?? "") !== "";
  if (rating === undefined && (!viewing || hasText)) return { line, reason: `no rating from 0.5 to 5 for "${name}"` };
  const row: LetterboxdRow = { line, name, year, rating: rating ?? null, ...viewing, ...filmIdsOf(record, site) };
  const hasSpoilers = readYesNo(record.Spoilers);
  if (hasSpoilers !== undefined) row.hasSpoilers = hasSpoilers;
  if (!hasReviews) return row;
  const review = importedReviewSchema.safeParse(csvCellText(record.Review ?? ""));
  if (!review.success) return { line, reason: `"${name}": ${review.error.issues[0]!.message}` };
  return { ...row, review: review.data };
}

/** Half stars as Marquee's 1–10; no stars but the tag "trash" (how the export writes a 0) is trash. */
function readRating(record: Record<string, string | undefined>) {
  if (record.Rating) {
    const stars = Number(record.Rating);
    return Number.isInteger(stars * 2) && stars >= 0.5 && stars <= 5 ? stars * 2 : undefined;
  }
  // Letterboxd writes a film's tags in one cell, separated by commas.
  const tags = (record.Tags ?? "").split(",").map((tag) => tag.trim().toLowerCase());
  return tags.includes(TRASH_TAG) ? 0 : undefined;
}

/** The viewing a row records, from its Watched Date and Rewatch; none without a date, "invalid" for a bad one. */
function readViewing(record: Record<string, string | undefined>) {
  const watchedOn = readDay(record["Watched Date"]);
  if (watchedOn === undefined || watchedOn === "invalid") return watchedOn;
  return { watchedOn, rewatch: readYesNo(record.Rewatch) ?? false };
}

/** A YYYY-MM-DD cell, from the earliest day a film was seen to tomorrow; undefined when empty, "invalid" otherwise. */
function readDay(cell: string | undefined) {
  if (!cell) return undefined;
  const day = new Date(`${cell}T00:00:00Z`);
  // Read back as written, so that 2026-02-30 is no day rather than 2 March.
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(day.getTime()) && isoDay(day) === cell;
  return isDay && cell >= EARLIEST_VIEWING && cell <= latestViewingDay() ? cell : "invalid";
}

function readYesNo(cell: string | undefined) {
  const answer = cell?.toLowerCase();
  if (answer === "yes") return true;
  if (answer === "no") return false;
  return undefined;
}

/** The ids the row gives its film, each only when it has the form of one. */
function filmIdsOf(record: Record<string, string | undefined>, site: URL) {
  const ids: Pick<LetterboxdRow, "filmSlug" | "imdbId" | "tmdbId"> = {};
  const filmSlug = filmSlugFromUri(record["Letterboxd URI"] ?? record.LetterboxdURI ?? "", site);
  if (filmSlug) ids.filmSlug = filmSlug;
  if (/^tt\d+$/.test(record.imdbID ?? "")) ids.imdbId = record.imdbID;
  if (/^\d+$/.test(record.tmdbID ?? "")) ids.tmdbId = record.tmdbID;
  return ids;
}
