// Admin writes to films: create, edit any part, delete and bring back — each with its audit row, slug redirect and no
// lost updates. Merging two films is in film-merge.ts.
import { and, eq, getTableName, sql } from "drizzle-orm";
import { filmSlug } from "@/lib/slugs";
import type { z } from "zod";
import type { FilmFields, filmSnapshotSchema } from "@/lib/validation/films";
import type { SavedRows } from "@/lib/validation/saved-rows";
import type { CreditInput, PlotRow, TitleRow } from "@/lib/validation/film-sections";
import { getPrimaryDb, type Executor } from "../client";
import {
  credits,
  diaryEntries,
  filmListItems,
  filmLists,
  filmRatingStats,
  films,
  reviews,
  slugRedirects,
  watchlistEntries,
} from "../schema";
import { recordAudit } from "./audit";
import { recountReviewLikes } from "./review-likes";
import { FILM_ROW_TABLES, readFilmRows } from "../queries/film-rows";
import { readFilmSnapshot, type FilmSnapshot } from "../queries/film-snapshot";
import type { SavedRow } from "../queries/saved-rows";
import { idsOf, insertRemovedRow, insertSavedRows, type InsertRemovedResult } from "./saved-rows";
import { writeCredits, writeGenresAndCountries, writePlots, writeTitles } from "./film-sections";
import { freeSlug } from "./free-slug";

/** The fields that are columns of `films` (genres and countries are rows of their own). */
function filmColumns({ title, originalTitle, year, releaseDate, runtimeMinutes }: FilmFields) {
  return { title, originalTitle, year, releaseDate, runtimeMinutes };
}

/** The people credited on a film, whose filmographies show its title. */
async function creditedPeople(tx: Executor, filmId: number) {
  return (await tx.selectDistinct({ personId: credits.personId }).from(credits).where(eq(credits.filmId, filmId))).map(
    (row) => row.personId,
  );
}

/**
 * Where a film shows: at every slug it answers to, in its people's filmographies, on the pages of the members who
 * reviewed it, have it on their watchlist or one of their lists, or logged it in their diary.
 */
export interface FilmPages {
  filmId: number;
  slugs: string[];
  personIds: number[];
  memberIds: number[];
}

/** The pages that show the film as it is now, for a write that takes it away or brings it back whole. */
export async function readFilmPages(tx: Executor, filmId: number): Promise<FilmPages> {
  const [[film], redirects, personIds, members] = await Promise.all([
    tx.select({ slug: films.slug }).from(films).where(eq(films.id, filmId)),
    tx.select({ oldSlug: slugRedirects.oldSlug }).from(slugRedirects).where(eq(slugRedirects.filmId, filmId)),
    creditedPeople(tx, filmId),
    tx
      .select({ userId: reviews.userId })
      .from(reviews)
      .where(eq(reviews.filmId, filmId))
      .union(
        tx
          .select({ userId: watchlistEntries.userId })
          .from(watchlistEntries)
          .where(eq(watchlistEntries.filmId, filmId)),
      )
      .union(tx.select({ userId: diaryEntries.userId }).from(diaryEntries).where(eq(diaryEntries.filmId, filmId)))
      .union(
        tx
          .select({ userId: filmLists.userId })
          .from(filmLists)
          .innerJoin(filmListItems, eq(filmListItems.listId, filmLists.id))
          .where(eq(filmListItems.filmId, filmId)),
      ),
  ]);
  return {
    filmId,
    slugs: [...(film ? [film.slug] : []), ...redirects.map((row) => row.oldSlug)],
    personIds,
    memberIds: members.map((row) => row.userId),
  };
}

export async function createFilm({ actorId, fields }: { actorId: number; fields: FilmFields }) {
  return getPrimaryDb().transaction(async (tx) => {
    const slug = await freeSlug(tx, films, filmSlug(fields.title, fields.year));
    const [film] = await tx
      .insert(films)
      .values({ ...filmColumns(fields), slug })
      .returning({ id: films.id });
    await writeGenresAndCountries(tx, film!.id, fields);
    const after = (await readFilmSnapshot(tx, film!.id))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "film", entityId: film!.id, action: "create", before: null, after });
    return { id: film!.id, slug };
  });
}

/** What one save changes: any of the film's parts, the others left as they are. */
export interface FilmChange {
  fields?: FilmFields;
  titles?: TitleRow[];
  plots?: PlotRow[];
  credits?: CreditInput[];
  poster?: string | null;
}

export type UpdateFilmResult =
  | { ok: true; slug: string; oldSlug: string; personIds: number[] }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "changed"; current: FilmSnapshot; version: string };

async function renameFilm(tx: Executor, filmId: number, fields: FilmFields, oldSlug: string) {
  const slug = await freeSlug(tx, films, filmSlug(fields.title, fields.year), filmId);
  await tx
    .update(films)
    .set({ ...filmColumns(fields), slug })
    .where(eq(films.id, filmId));
  if (slug !== oldSlug) {
    // Renaming back to an earlier slug frees it from its redirect.
    await tx.delete(slugRedirects).where(and(eq(slugRedirects.oldSlug, slug), eq(slugRedirects.filmId, filmId)));
    // A redirect another film held on the old slug was hidden by this film's page: it now leads here.
    await tx
      .insert(slugRedirects)
      .values({ oldSlug, filmId })
      .onConflictDoUpdate({
        target: slugRedirects.oldSlug,
        targetWhere: sql`film_id is not null`,
        set: { filmId, createdAt: sql`now()` },
      });
  }
  await writeGenresAndCountries(tx, filmId, fields);
}

/**
 * Saves an admin's change if the film is still as they opened it (`version`); otherwise nothing is written and
 * the current film is returned, so the form can show what changed. A new title or year moves the slug, and
 * the old one answers with a 301 (slug_redirects). `personIds` are everyone credited before or after.
 */
export async function updateFilm({
  actorId,
  filmId,
  version,
  action = "update",
  ...change
}: { actorId: number; filmId: number; version: string; action?: string } & FilmChange): Promise<UpdateFilmResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const opened = await readFilmSnapshot(tx, filmId, { lock: true });
    if (!opened) return { ok: false, reason: "not-found" } as const;
    if (opened.version !== version)
      return { ok: false, reason: "changed", current: opened.snapshot, version: opened.version } as const;
    const before = opened.snapshot;
    if (change.fields) await renameFilm(tx, filmId, change.fields, before.slug);
    if (change.titles) await writeTitles(tx, filmId, change.titles);
    if (change.plots) await writePlots(tx, filmId, change.plots);
    if (change.credits) await writeCredits(tx, actorId, filmId, change.credits);
    await tx
      .update(films)
      .set({ updatedAt: sql`clock_timestamp()`, ...(change.poster !== undefined ? { poster: change.poster } : {}) })
      .where(eq(films.id, filmId));
    const after = (await readFilmSnapshot(tx, filmId))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "film", entityId: filmId, action, before, after });
    const personIds = [...new Set([...before.credits, ...after.credits].map((credit) => credit.personId))];
    return { ok: true, slug: after.slug, oldSlug: before.slug, personIds } as const;
  });
}

export type DeleteFilmResult =
  ({ ok: true; slug: string } & FilmPages) | { ok: false; reason: "not-found" | "changed" };

/**
 * Deletes a film with everything that hangs on it (titles, plots, credits, reviews and their ratings), keeping every
 * row of it in the audit log, so that the deletion can be reverted. Refused when the film changed since the admin
 * opened it.
 */
export async function deleteFilm({
  actorId,
  filmId,
  version,
}: {
  actorId: number;
  filmId: number;
  version: string;
}): Promise<DeleteFilmResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const opened = await readFilmSnapshot(tx, filmId, { lock: true });
    if (!opened) return { ok: false, reason: "not-found" } as const;
    if (opened.version !== version) return { ok: false, reason: "changed" } as const;
    const [pages, rows] = [await readFilmPages(tx, filmId), await readFilmRows(tx, filmId)];
    await tx.delete(films).where(eq(films.id, filmId));
    await recordAudit(tx, {
      actorId,
      entityType: "film",
      entityId: filmId,
      action: "delete",
      before: { ...opened.snapshot, rows },
      after: null,
    });
    return { ok: true, slug: opened.snapshot.slug, ...pages } as const;
  });
}

export type RestoreRemovedFilmResult = { ok: true; restored: FilmPages } | Exclude<InsertRemovedResult, { ok: true }>;

/**
 * Reviews put back are counted into the film's rating stats by their trigger, which stamps the stats now: when the
 * counts come out as saved, the saved stamp comes back too. A stats row the film did not have goes when it counts
 * nothing, as it would never have been made.
 */
export async function restoreRatingStats(tx: Executor, filmId: number, saved: SavedRow | null | undefined) {
  if (!saved) {
    await tx.delete(filmRatingStats).where(and(eq(filmRatingStats.filmId, filmId), eq(filmRatingStats.ratingCount, 0)));
    return;
  }
  await tx.insert(filmRatingStats).values({ filmId }).onConflictDoNothing();
  await tx.execute(sql`
    update ${filmRatingStats} as stats set updated_at = saved.updated_at
    from jsonb_populate_record(null::${filmRatingStats}, ${JSON.stringify(saved)}::jsonb) as saved
    where stats.film_id = ${filmId}
      and (stats.rating_count, stats.rating_sum, stats.review_count, stats.histogram)
        = (saved.rating_count, saved.rating_sum, saved.review_count, saved.histogram)`);
}

/** Reverts a film's deletion: the film comes back with every row it had, its reviews too, under their own ids. */
export async function restoreDeletedFilm({
  actorId,
  filmId,
  rows,
}: {
  actorId: number;
  filmId: number;
  rows: SavedRows;
}): Promise<RestoreRemovedFilmResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const film = await insertRemovedRow(tx, films, filmId, rows);
    if (!film.ok) return film;
    for (const { table } of FILM_ROW_TABLES) {
      if (table !== films && table !== filmRatingStats) await insertSavedRows(tx, table, rows[getTableName(table)]);
    }
    await recountReviewLikes(tx, idsOf(rows[getTableName(reviews)]));
    await restoreRatingStats(tx, filmId, rows[getTableName(filmRatingStats)]?.[0]);
    const after = (await readFilmSnapshot(tx, filmId))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "film", entityId: filmId, action: "revert", before: null, after });
    return { ok: true, restored: await readFilmPages(tx, filmId) } as const;
  });
}

/** Puts a film back as an audit snapshot had it; the revert is itself audited (action "revert"). */
export async function restoreFilm({
  actorId,
  filmId,
  snapshot,
}: {
  actorId: number;
  filmId: number;
  snapshot: z.output<typeof filmSnapshotSchema>;
}) {
  const current = await readFilmSnapshot(getPrimaryDb(), filmId);
  if (!current) return { ok: false, reason: "not-found" } as const;
  const { titles, plots, credits: creditList, poster, ...fields } = snapshot;
  return updateFilm({
    actorId,
    filmId,
    version: current.version,
    action: "revert",
    fields,
    titles,
    plots,
    credits: creditList?.map((credit) => ({ ...credit, newPersonName: null })),
    poster,
  });
}
