// Undoes a film merge as the duplicate's audit entry recorded it (db/mutations/film-merge.ts).
import { and, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { FilmMerge } from "@/lib/validation/films";
import type { SavedRows } from "@/lib/validation/saved-rows";
import { getPrimaryDb, type Executor } from "../client";
import {
  credits,
  diaryEntries,
  externalIds,
  filmCountries,
  filmGenres,
  filmRatingStats,
  films,
  filmTitles,
  plots,
  reviewHolds,
  notifications,
  reviewLikes,
  reviewReports,
  reviewRevisions,
  reviews,
  slugRedirects,
  watchlistEntries,
} from "../schema";
import { readFilmSnapshot } from "../queries/film-snapshot";
import { recordAudit } from "./audit";
import type { MemberRowsTable, MergeRecord } from "./film-merge";
import { takeBackListItems } from "./film-list-merge";
import { clearFilledDetails } from "./merge-details";
import { readFilmPages, restoreRatingStats, type FilmPages, type RestoreRemovedFilmResult } from "./films";
import { recountReviewLikes } from "./review-likes";
import { idsOf, insertRemovedRow, insertSavedRows } from "./saved-rows";

/** Catalogue rows a merge moved to the kept film, which a revert takes back as they were saved. */
const MOVED_CATALOGUE = [filmTitles, plots, credits, externalIds, slugRedirects];

/** Takes the duplicate's rows back from the kept film as they were saved, and what the merge added to it. */
async function takeBackCatalogue(tx: Executor, keptId: number, rows: SavedRows, merge: MergeRecord) {
  await tx.delete(filmTitles).where(inArray(filmTitles.id, merge.added.titles));
  await tx.delete(slugRedirects).where(inArray(slugRedirects.id, merge.added.redirects));
  await tx
    .delete(filmGenres)
    .where(and(eq(filmGenres.filmId, keptId), inArray(filmGenres.genreId, merge.added.genres)));
  await tx
    .delete(filmCountries)
    .where(and(eq(filmCountries.filmId, keptId), inArray(filmCountries.countryCode, merge.added.countries)));
  // Deleted and put back as saved rather than moved back: positions were renumbered, and rows the kept film's
  // editors dropped since come back with the duplicate.
  for (const table of MOVED_CATALOGUE) {
    const saved = rows[getTableName(table)];
    await tx.delete(table).where(inArray(table.id, idsOf(saved)));
    await insertSavedRows(tx, table, saved);
  }
  for (const table of [filmGenres, filmCountries]) await insertSavedRows(tx, table, rows[getTableName(table)]);
  await insertSavedRows(tx, slugRedirects, merge.replaced[getTableName(slugRedirects)]);
  for (const { id, character } of merge.filled.characters) {
    await tx
      .update(credits)
      .set({ character: null })
      .where(and(eq(credits.id, id), eq(credits.character, character)));
  }
}

/**
 * Moves the duplicate's reviews back from the kept film, those its members have not deleted since, and puts back
 * the older reviews of members who reviewed both, with their versions and reports as they were.
 */
async function takeBackReviews(
  tx: Executor,
  { duplicateId, keptId }: { duplicateId: number; keptId: number },
  rows: SavedRows,
  merge: MergeRecord,
) {
  await tx
    .update(reviews)
    .set({ filmId: duplicateId })
    .where(and(inArray(reviews.id, merge.movedReviews), eq(reviews.filmId, keptId)));
  await tx.delete(reviewRevisions).where(inArray(reviewRevisions.id, merge.added.revisions));
  await insertSavedRows(tx, reviews, merge.replaced[getTableName(reviews)]);
  for (const table of [reviewRevisions, reviewReports]) {
    const saved = merge.replaced[getTableName(table)];
    await tx.delete(table).where(inArray(table.id, idsOf(saved)));
    await insertSavedRows(tx, table, saved);
  }
  // Likes, and the notices of them, went with the older reviews they were given to, by cascade: back with them.
  for (const table of [reviewLikes, notifications])
    await insertSavedRows(tx, table, merge.replaced[getTableName(table)]);
  await recountReviewLikes(tx, idsOf(merge.replaced[getTableName(reviews)]));
  await tx
    .update(reviews)
    .set({ editedAt: null })
    .where(and(inArray(reviews.id, merge.filled.editedReviews), eq(reviews.editedAt, reviews.createdAt)));
  // A moved hold missing now was ended by a moderator since, and stays ended.
  await takeBackMemberRows(tx, reviewHolds, { duplicateId, keptId }, rows, merge.movedHoldsOf);
}

/**
 * Moves the rows of a table with one row per member per film back to the duplicate for the members whose row the
 * merge moved (a row they removed since stays removed), and puts back as saved the duplicate's rows that the merge
 * left behind because the member had one for the kept film too.
 */
async function takeBackMemberRows(
  tx: Executor,
  table: MemberRowsTable,
  { duplicateId, keptId }: { duplicateId: number; keptId: number },
  rows: SavedRows,
  movedOf: number[],
) {
  await tx.execute(sql`
    update ${table} set film_id = ${duplicateId}
    where ${and(eq(table.filmId, keptId), inArray(table.userId, movedOf))}`);
  const leftBehind = (rows[getTableName(table)] ?? []).filter((row) => !movedOf.includes(Number(row.user_id)));
  await insertSavedRows(tx, table, leftBehind);
}

export type RevertFilmMergeResult =
  | { ok: true; restored: FilmPages; kept: FilmPages }
  | Exclude<RestoreRemovedFilmResult, { ok: true }>
  | { ok: false; reason: "kept-gone" };

/**
 * Undoes a merge as its audit entry recorded it: the duplicate comes back with its own ids, rows, reviews and
 * watchlist entries, and
 * the kept film loses what the merge gave it. What happened since stays: reviews posted, edited or deleted, and the
 * kept film's own edits.
 */
export async function revertFilmMerge({
  actorId,
  duplicateId,
  rows,
  merged: { mergedInto: keptId, merge },
}: {
  actorId: number;
  duplicateId: number;
  rows: SavedRows;
  merged: FilmMerge;
}): Promise<RevertFilmMergeResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const kept = await readFilmSnapshot(tx, keptId, { lock: true });
    if (!kept) return { ok: false, reason: "kept-gone" } as const;
    const film = await insertRemovedRow(tx, films, duplicateId, rows);
    if (!film.ok) return film;
    await takeBackCatalogue(tx, keptId, rows, merge);
    await takeBackReviews(tx, { duplicateId, keptId }, rows, merge);
    await takeBackMemberRows(tx, watchlistEntries, { duplicateId, keptId }, rows, merge.movedWatchlistOf);
    // The diary entries the merge moved, those still on the kept film (one deleted since stays deleted).
    await tx
      .update(diaryEntries)
      .set({ filmId: duplicateId })
      .where(and(eq(diaryEntries.filmId, keptId), inArray(diaryEntries.id, merge.movedDiaryEntries)));
    await takeBackListItems(tx, { duplicateId, keptId }, rows, merge.listItems);
    await clearFilledDetails(tx, films, keptId, { filled: merge.filled.film, keptVersions: merge.keptVersions });
    await restoreRatingStats(tx, duplicateId, rows[getTableName(filmRatingStats)]?.[0]);
    await restoreRatingStats(tx, keptId, merge.keptStats);

    const duplicate = (await readFilmSnapshot(tx, duplicateId))!.snapshot;
    const keptAfter = (await readFilmSnapshot(tx, keptId))!.snapshot;
    await recordAudit(tx, {
      actorId,
      entityType: "film",
      entityId: duplicateId,
      action: "revert",
      before: null,
      after: duplicate,
    });
    await recordAudit(tx, {
      actorId,
      entityType: "film",
      entityId: keptId,
      action: "revert",
      before: kept.snapshot,
      after: keptAfter,
    });
    const pages = { restored: await readFilmPages(tx, duplicateId), kept: await readFilmPages(tx, keptId) };
    return { ok: true, ...pages } as const;
  });
}
