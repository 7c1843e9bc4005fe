// Undoes a film merge as the duplicate's audit entry recorded it (db/mutations/film-merge.ts).
import { and, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { FilmMerge } from "@/lib/validation/films";
import type { SavedRows } from "@/lib/validation/saved-rows";
import { getPrimaryDb, type Executor } from "../client";
import {
  credits,
  externalIds,
  filmCountries,
  filmGenres,
  filmRatingStats,
  films,
  filmTitles,
  plots,
  reviewHolds,
  reviewReports,
  reviewRevisions,
  reviews,
  slugRedirects,
} from "../schema";
import { readFilmSnapshot } from "../queries/film-snapshot";
import { recordAudit } from "./audit";
import { FILLABLE_FIELDS, type MergeRecord } from "./film-merge";
import { readFilmPages, restoreRatingStats, type FilmPages, type RestoreRemovedFilmResult } from "./films";
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
  await tx
    .update(reviews)
    .set({ editedAt: null })
    .where(and(inArray(reviews.id, merge.filled.editedReviews), eq(reviews.editedAt, reviews.createdAt)));
  await tx
    .update(reviewHolds)
    .set({ filmId: duplicateId })
    .where(and(eq(reviewHolds.filmId, keptId), inArray(reviewHolds.userId, merge.movedHoldsOf)));
  // A moved hold missing now was ended by a moderator since; only the holds that stayed behind come back.
  const holdsLeftBehind = (rows[getTableName(reviewHolds)] ?? []).filter(
    (hold) => !merge.movedHoldsOf.includes(Number(hold.user_id)),
  );
  await insertSavedRows(tx, reviewHolds, holdsLeftBehind);
}

/**
 * The kept film's details the merge filled in go empty again where nobody changed them since; its version goes
 * back to the one before the merge when nothing else changed it, so a form opened before the merge can save again.
 */
async function clearFilledDetails(tx: Executor, keptId: number, merge: MergeRecord) {
  const cleared = Object.fromEntries(
    FILLABLE_FIELDS.filter((field) => merge.filled.film[field] !== undefined).map((field) => [
      field,
      sql`case when ${films[field]} = ${merge.filled.film[field]} then null else ${films[field]} end`,
    ]),
  );
  const { before, after } = merge.keptVersions;
  const isAsMerged = sql`${films.updatedAt}::text = ${after}`;
  await tx
    .update(films)
    .set({
      ...cleared,
      updatedAt: sql`case when ${isAsMerged} then ${before}::timestamptz else clock_timestamp() end`,
    })
    .where(eq(films.id, keptId));
}

export type RevertFilmMergeResult =
  | { ok: true; restored: FilmPages; kept: FilmPages }
  | Exclude<RestoreRemovedFilmResult, { ok: true }>
  | { ok: false; reason: "kept-gone" };

/**
 * Undoes a merge as its audit entry recorded it: the duplicate comes back with its own ids, rows and reviews, and
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
    await clearFilledDetails(tx, keptId, merge);
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
