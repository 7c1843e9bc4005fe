// Imports a member's Letterboxd ratings, diary and watchlist: the films are found with one query, and the reviews,
// viewings and watchlist entries saved in batches, each in a short transaction of its own, so that a long export never
// holds its locks for seconds.
import { sql } from "drizzle-orm";
import type { LetterboxdRow } from "@/lib/letterboxd";
import { getPrimaryDb, type Executor } from "../client";
import { inBatches } from "../import/batches";
import { diaryEntries, watchlistEntries } from "../schema";
import { saveReviewWith, type ReviewChange } from "./reviews";

/** Reviews saved per transaction: a few statements each, so that a batch holds its locks well under a second. */
export const IMPORT_BATCH_ROWS = 200;

type NotFoundRow = { line: number; name: string; year: number };
/**
 * A row with its film; `viewingOrdinal` counts the rows before it of the same film and day, itself included: the
 * diary needs that many viewings of the film that day, so that importing a file again adds none.
 */
type MatchedRow = LetterboxdRow & { filmId: number; viewingOrdinal?: number };

export interface ImportReport {
  /**
   * Rows saved as a new review, as an edit of one, or found to say what is already there: the review, a viewing
   * already in the diary, a film already on the watchlist.
   */
  added: number;
  updated: number;
  unchanged: number;
  /** Viewings added to the diary (a file imported again adds none). */
  logged: number;
  /** Films added to the watchlist (a file imported again adds none). */
  watchlisted: number;
  notFound: NotFoundRow[];
  /** The films whose review was added or updated: what the import made stale. */
  changedFilmIds: number[];
  /**
   * When a batch failed after earlier ones were saved: its first line, from which on no rating was saved, and the
   * error, for the log. Importing the file again finishes the work: a film already rated is updated, not doubled.
   */
  stoppedAt?: { line: number; error: unknown };
}

/**
 * Saves each row whose film is found as the member's review of it, viewing or watchlist entry, IMPORT_BATCH_ROWS rows
 * per transaction in file order, so that a film rated twice keeps its later rating. What the file does not say (a
 * ratings.csv's text, the spoiler mark Letterboxd never writes) stays as it is. A failure before the first batch is
 * saved is thrown; a later one ends the import with the report of what was saved.
 */
export async function importLetterboxdRatings(userId: number, rows: LetterboxdRow[]): Promise<ImportReport> {
  const { found, notFound } = await matchFilms(rows);
  countViewings(found);
  const counts = { added: 0, updated: 0, unchanged: 0, logged: 0, watchlisted: 0 };
  const report: ImportReport = { ...counts, notFound, changedFilmIds: [] };
  let isFirstBatch = true;
  for await (const batch of inBatches(found, IMPORT_BATCH_ROWS)) {
    try {
      const { saved, gone, logged, watchlisted } = await saveBatch(userId, batch);
      report.logged += logged;
      report.watchlisted += watchlisted;
      for (const { row, change } of saved) {
        report[change] += 1;
        if (change !== "unchanged") report.changedFilmIds.push(row.filmId);
      }
      report.notFound.push(...gone.map(notFoundRow));
    } catch (error) {
      if (isFirstBatch) throw error;
      return { ...report, stoppedAt: { line: batch[0]!.line, error } };
    }
    isFirstBatch = false;
  }
  return report;
}

/**
 * Each row's film, the first found of: the film at the address the row's Letterboxd URI gives (an export of ours,
 * the slug also as renamed since), the film with the row's IMDb or TMDB id, then the film with the row's title (its
 * own, original or any other title) compared as search compares them, accents and case ignored, of the row's year,
 * else a year either side (a release dated differently). The lowest id among equals.
 *
 * One query for the whole file, outside any transaction. The titles' keys are computed once, for the films of the
 * years wanted, and compared by a hash join: looked up in the search indexes one row at a time instead, a 5,000-row
 * file took 16 s at 100,000 films, where this takes 0.6 s (and a one-row file 40 ms).
 */
async function matchFilms(rows: LetterboxdRow[]) {
  const wanted = JSON.stringify(
    rows.map(({ line, name, year, filmSlug, imdbId, tmdbId }) => ({
      line,
      title: name,
      year,
      slug: filmSlug,
      imdb_id: imdbId,
      tmdb_id: tmdbId,
    })),
  );
  const matches = await getPrimaryDb().execute<{ line: number; film_id: number }>(sql`
    with wanted as (
      select w.*, marquee_search_key(w.title) as title_key
      from json_to_recordset(${wanted}::json) as w(line int, title text, year int, slug text, imdb_id text, tmdb_id text)
    ),
    years as (select generate_series(year - 1, year + 1) as year from wanted),
    titles as materialized (
      select f.id as film_id, f.year, marquee_search_key(f.title) as title_key
      from films f where f.year in (select year from years)
      union all
      select f.id, f.year, marquee_search_key(f.original_title)
      from films f where f.original_title is not null and f.year in (select year from years)
      union all
      select f.id, f.year, marquee_search_key(t.title)
      from film_titles t join films f on f.id = t.film_id
      where f.year in (select year from years)
    ),
    candidates as (
      select w.line, f.id as film_id, 0 as rank from wanted w join films f on f.slug = w.slug
      union all
      select w.line, r.film_id, 0 from wanted w join slug_redirects r on r.old_slug = w.slug and r.film_id is not null
      union all
      select w.line, e.film_id, 1
      from wanted w join external_ids e on e.source = 'imdb' and e.external_id = w.imdb_id and e.film_id is not null
      union all
      select w.line, e.film_id, 1
      from wanted w join external_ids e on e.source = 'tmdb' and e.external_id = w.tmdb_id and e.film_id is not null
      union all
      select w.line, t.film_id, 2 + abs(t.year - w.year)
      from wanted w join titles t on t.title_key = w.title_key and abs(t.year - w.year) <= 1
    )
    select distinct on (line) line, film_id from candidates order by line, rank, film_id`);
  const filmByLine = new Map(matches.map((match) => [match.line, match.film_id]));
  const found: MatchedRow[] = [];
  const notFound: NotFoundRow[] = [];
  for (const row of rows) {
    const filmId = filmByLine.get(row.line);
    if (filmId === undefined) notFound.push(notFoundRow(row));
    else found.push({ ...row, filmId });
  }
  return { found, notFound };
}

/** Numbers each viewing among the file's viewings of its film on its day, in file order. */
function countViewings(found: MatchedRow[]) {
  const seen = new Map<string, number>();
  for (const row of found) {
    if (row.watchedOn === undefined) continue;
    const key = `${row.filmId} ${row.watchedOn}`;
    row.viewingOrdinal = (seen.get(key) ?? 0) + 1;
    seen.set(key, row.viewingOrdinal);
  }
}

/**
 * Adds the row's viewing to the member's diary unless it already holds as many of the film that day as the file has
 * up to this row; and only while the film exists. "logged", "already-logged", or undefined for no viewing (none in
 * the row, or the film gone).
 */
async function logImportedViewing(tx: Executor, userId: number, row: MatchedRow) {
  if (row.watchedOn === undefined || row.viewingOrdinal === undefined) return undefined;
  const { filmId, watchedOn, rewatch = false, rating } = row;
  const [outcome] = await tx.execute<{ is_logged: boolean; has_film: boolean }>(sql`
    with film as (select f.id from films f where f.id = ${filmId}),
    added as (
      insert into ${diaryEntries} (user_id, film_id, watched_on, rewatch, rating)
      select ${userId}, film.id, ${watchedOn}::date, ${rewatch}, ${rating}::smallint from film
      where (
        select count(*) from ${diaryEntries} d
        where d.user_id = ${userId} and d.film_id = ${filmId} and d.watched_on = ${watchedOn}::date
      ) < ${row.viewingOrdinal}
      returning id
    )
    select exists (select from added) as is_logged, exists (select from film) as has_film`);
  if (outcome!.is_logged) return "logged";
  return outcome!.has_film ? "already-logged" : undefined;
}

/** Puts a watchlist row's film on the member's watchlist, dated as the file says; whether it was not on it yet. */
async function addImportedToWatchlist(tx: Executor, userId: number, { filmId, watchlist }: MatchedRow) {
  // Midnight in UTC, the day the export writes back.
  const addedOn = watchlist?.addedOn ?? null;
  const added = await tx.execute(sql`
    insert into ${watchlistEntries} (user_id, film_id, added_at)
    select ${userId}, f.id, coalesce(${addedOn}::date::timestamp at time zone 'UTC', now()) from films f
    where f.id = ${filmId}
    on conflict do nothing
    returning film_id`);
  return added.length > 0;
}

/** Saves the batch's reviews in one transaction; a film deleted since it was found is not saved, but gone. */
async function saveBatch(userId: number, found: MatchedRow[]) {
  // In film order, so that two imports at once lock films' rating stats in the same order and cannot deadlock;
  // the sort is stable, so a film rated twice in the batch is saved last with its later rating.
  const inFilmOrder = found.toSorted((a, b) => a.filmId - b.filmId);
  return getPrimaryDb().transaction(async (tx) => {
    const saved: { row: MatchedRow; change: ReviewChange }[] = [];
    const gone: MatchedRow[] = [];
    let [logged, watchlisted] = [0, 0];
    for (const row of inFilmOrder) {
      const { filmId, rating, review, hasSpoilers } = row;
      if (row.watchlist) {
        if (await addImportedToWatchlist(tx, userId, row)) watchlisted += 1;
        else saved.push({ row, change: "unchanged" });
        continue;
      }
      const viewing = await logImportedViewing(tx, userId, row);
      if (viewing === "logged") logged += 1;
      // An unrated viewing is the diary's alone.
      if (rating === null) continue;
      // A diary's viewing already logged was imported before (or is the export's own): its rating, perhaps an
      // earlier viewing's, is not the member's latest word on the film, which stays as it is.
      if (viewing === "already-logged" && review === undefined) {
        saved.push({ row, change: "unchanged" });
        continue;
      }
      const result = await saveReviewWith(tx, { userId, filmId, rating, body: review, hasSpoilers });
      if (result.ok) saved.push({ row, change: result.change });
      else gone.push(row);
    }
    return { saved, gone, logged, watchlisted };
  });
}

function notFoundRow({ line, name, year }: LetterboxdRow): NotFoundRow {
  return { line, name, year };
}
