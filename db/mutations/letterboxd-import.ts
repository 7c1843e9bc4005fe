// Imports a member's Letterboxd ratings: the films are found with one query, and the reviews saved in batches, each
// in a short transaction of its own, so that a long export never holds its locks for seconds.
import { sql } from "drizzle-orm";
import type { LetterboxdRow } from "@/lib/letterboxd";
import { getPrimaryDb } from "../client";
import { inBatches } from "../import/batches";
import { saveReviewWith } from "./reviews";

/** Reviews saved per transaction: a few statements each, so that a batch holds its locks well under a second. */
export const IMPORT_BATCH_ROWS = 200;

type UnmatchedRow = { line: number; name: string; year: number };
type MatchedRow = LetterboxdRow & { filmId: number };

export interface ImportReport {
  imported: number;
  unmatched: UnmatchedRow[];
  importedFilmIds: number[];
  /**
   * When a batch failed after earlier ones were saved: its first line, from which on no rating was saved, and the
   * error, for the log. Importing the file again finishes the work: a film already rated is updated, not doubled.
   */
  stoppedAt?: { line: number; error: unknown };
}

/**
 * Saves each row whose film is found as the member's review of it, IMPORT_BATCH_ROWS rows per transaction in file
 * order, so that a film rated twice keeps its later rating. A failure before the first batch is saved is thrown;
 * a later one ends the import with the report of what was saved.
 */
export async function importLetterboxdRatings(userId: number, rows: LetterboxdRow[]): Promise<ImportReport> {
  const { found, unmatched } = await matchFilms(rows);
  const report: ImportReport = { imported: 0, unmatched, importedFilmIds: [] };
  let isFirstBatch = true;
  for await (const batch of inBatches(found, IMPORT_BATCH_ROWS)) {
    try {
      const { saved, gone } = await saveBatch(userId, batch);
      report.imported += saved.length;
      report.importedFilmIds.push(...saved.map((row) => row.filmId));
      report.unmatched.push(...gone.map(unmatchedRow));
    } catch (error) {
      if (isFirstBatch) throw error;
      return { ...report, stoppedAt: { line: batch[0]!.line, error } };
    }
    isFirstBatch = false;
  }
  return report;
}

/**
 * Each row's film by title (its own, original or any other title, regardless of case) and year, the lowest id when
 * several match. One query for the whole file, outside any transaction: no index holds lower(title), so it reads
 * films and film_titles once each with hash joins (about 0.3 s at 100,000 films), where a lookup per row or per
 * batch would read them again every time.
 */
async function matchFilms(rows: LetterboxdRow[]) {
  const wanted = JSON.stringify(rows.map(({ line, name, year }) => ({ line, title: name, year })));
  const matches = await getPrimaryDb().execute<{ line: number; film_id: number }>(sql`
    with wanted as (select * from json_to_recordset(${wanted}::json) as w(line int, title text, year int)),
    candidates as (
      select w.line, f.id as film_id
      from wanted w join films f on f.year = w.year and lower(f.title) = lower(w.title)
      union all
      select w.line, f.id
      from wanted w join films f on f.year = w.year and lower(f.original_title) = lower(w.title)
      union all
      select w.line, f.id
      from wanted w
      join film_titles t on lower(t.title) = lower(w.title)
      join films f on f.id = t.film_id and f.year = w.year
    )
    select line, min(film_id) as film_id from candidates group by line`);
  const filmByLine = new Map(matches.map((match) => [match.line, match.film_id]));
  const found: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const row of rows) {
    const filmId = filmByLine.get(row.line);
    if (filmId === undefined) unmatched.push(unmatchedRow(row));
    else found.push({ ...row, filmId });
  }
  return { found, unmatched };
}

/** Saves the batch's reviews in one transaction; a film deleted since it was found is not saved, but gone. */
async function saveBatch(userId: number, found: MatchedRow[]) {
  // In film order, so that two imports at once lock films' rating stats in the same order and cannot deadlock;
  // the sort is stable, so a film rated twice in the batch is saved last with its later rating.
  const inFilmOrder = found.toSorted((a, b) => a.filmId - b.filmId);
  return getPrimaryDb().transaction(async (tx) => {
    const saved: MatchedRow[] = [];
    const gone: MatchedRow[] = [];
    for (const row of inFilmOrder) {
      const { filmId, rating, review } = row;
      const result = await saveReviewWith(tx, { userId, filmId, rating, body: review, hasSpoilers: false });
      (result.ok ? saved : gone).push(row);
    }
    return { saved, gone };
  });
}

function unmatchedRow({ line, name, year }: LetterboxdRow): UnmatchedRow {
  return { line, name, year };
}
