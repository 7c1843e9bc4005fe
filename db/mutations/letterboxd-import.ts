// Imports a member's Letterboxd ratings in one transaction: all of them are saved, or none.
import { sql } from "drizzle-orm";
import type { LetterboxdRow } from "@/lib/letterboxd";
import { getPrimaryDb, type Executor } from "../client";
import { saveReviewWith } from "./reviews";

/** A film by title (its own, original or any other title, regardless of case) and year. */
async function findFilmByTitleAndYear(tx: Executor, title: string, year: number) {
  const rows = await tx.execute<{ id: number }>(sql`
    select f.id from films f
    where f.year = ${year}
      and (lower(f.title) = lower(${title}) or lower(f.original_title) = lower(${title})
           or exists (select 1 from film_titles t where t.film_id = f.id and lower(t.title) = lower(${title})))
    order by f.id limit 1`);
  return rows[0]?.id;
}

export interface ImportReport {
  imported: number;
  unmatched: { line: number; name: string; year: number }[];
  importedFilmIds: number[];
}

export async function importLetterboxdRatings(userId: number, rows: LetterboxdRow[]): Promise<ImportReport> {
  return getPrimaryDb().transaction(async (tx) => {
    const report: ImportReport = { imported: 0, unmatched: [], importedFilmIds: [] };
    for (const row of rows) {
      const filmId = await findFilmByTitleAndYear(tx, row.name, row.year);
      if (!filmId) {
        report.unmatched.push({ line: row.line, name: row.name, year: row.year });
        continue;
      }
      await saveReviewWith(tx, { userId, filmId, rating: row.rating, body: row.review, hasSpoilers: false });
      report.imported += 1;
      report.importedFilmIds.push(filmId);
    }
    return report;
  });
}
