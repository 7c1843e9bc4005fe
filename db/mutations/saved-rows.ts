// Puts rows back as the audit log saved them (db/queries/saved-rows.ts), with their own ids, inside the caller's
// transaction: how a film's or a person's deletion or merge is reverted.
import { getTableName, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { SavedRows } from "@/lib/validation/saved-rows";
import type { Executor } from "../client";
import type { SavedRow } from "../queries/saved-rows";
import {
  countries,
  credits,
  diaryEntries,
  externalIds,
  filmCountries,
  filmGenres,
  filmListItems,
  filmLists,
  films,
  filmTitles,
  genres,
  notifications,
  people,
  personNames,
  plots,
  reviewHolds,
  reviewLikes,
  reviewReports,
  reviewRevisions,
  reviews,
  slugRedirects,
  users,
  watchlistEntries,
} from "../schema";

interface Reference {
  column: PgColumn;
  target: PgColumn;
}

/**
 * What a saved row points at that may have gone since it was saved. Without a `requires` target the row stays out,
 * as the cascade from that deletion would have taken it; a `clears` target that is gone leaves the column empty, as
 * its "on delete set null" would have.
 */
const REFERENCES: Record<string, { requires?: Reference[]; clears?: Reference[] }> = {
  [getTableName(filmTitles)]: { clears: [{ column: filmTitles.countryCode, target: countries.code }] },
  [getTableName(plots)]: { clears: [{ column: plots.authorId, target: users.id }] },
  [getTableName(filmGenres)]: { requires: [{ column: filmGenres.genreId, target: genres.id }] },
  [getTableName(filmCountries)]: { requires: [{ column: filmCountries.countryCode, target: countries.code }] },
  [getTableName(personNames)]: { requires: [{ column: personNames.personId, target: people.id }] },
  [getTableName(credits)]: {
    requires: [
      { column: credits.filmId, target: films.id },
      { column: credits.personId, target: people.id },
    ],
  },
  [getTableName(externalIds)]: {
    requires: [
      { column: externalIds.filmId, target: films.id },
      { column: externalIds.personId, target: people.id },
    ],
  },
  [getTableName(slugRedirects)]: {
    requires: [
      { column: slugRedirects.filmId, target: films.id },
      { column: slugRedirects.personId, target: people.id },
    ],
  },
  [getTableName(reviews)]: { requires: [{ column: reviews.userId, target: users.id }] },
  [getTableName(reviewRevisions)]: { requires: [{ column: reviewRevisions.reviewId, target: reviews.id }] },
  [getTableName(reviewReports)]: {
    requires: [
      { column: reviewReports.reviewId, target: reviews.id },
      { column: reviewReports.reporterId, target: users.id },
    ],
    clears: [{ column: reviewReports.resolvedById, target: users.id }],
  },
  [getTableName(reviewHolds)]: { requires: [{ column: reviewHolds.userId, target: users.id }] },
  [getTableName(notifications)]: {
    requires: [
      { column: notifications.reviewId, target: reviews.id },
      { column: notifications.userId, target: users.id },
      { column: notifications.actorId, target: users.id },
    ],
  },
  [getTableName(reviewLikes)]: {
    requires: [
      { column: reviewLikes.reviewId, target: reviews.id },
      { column: reviewLikes.userId, target: users.id },
    ],
  },
  [getTableName(watchlistEntries)]: { requires: [{ column: watchlistEntries.userId, target: users.id }] },
  [getTableName(diaryEntries)]: { requires: [{ column: diaryEntries.userId, target: users.id }] },
  [getTableName(filmListItems)]: { requires: [{ column: filmListItems.listId, target: filmLists.id }] },
};

/**
 * Whether the row `column` belongs to (the saved row, aliased as its table) points at a `target` that exists, or at
 * nothing (an external id or a redirect is a film's or a person's, the other column empty).
 */
const pointsAtExisting = ({ column, target }: Reference) =>
  sql`(${column} is null or exists (select 1 from ${target.table} where ${target} = ${column}))`;

/**
 * Inserts saved rows with their ids (OVERRIDING SYSTEM VALUE), each as it was saved but for references gone since
 * (REFERENCES). A row whose id or unique key is taken meanwhile is left out; returns how many went in.
 */
export async function insertSavedRows(tx: Executor, table: PgTable, rows: SavedRow[] | undefined) {
  if (!rows?.length) return 0;
  const { requires = [], clears = [] } = REFERENCES[getTableName(table)] ?? {};
  // The saved row is aliased as its table, so that the columns in REFERENCES name its values.
  const clearedColumns = clears.map(
    ({ column, target }) =>
      sql`${toSnakeCase(column.name)}::text, (select ${target} from ${target.table} where ${target} = ${column})`,
  );
  const cleared =
    clears.length > 0
      ? sql`cross join jsonb_populate_record(${table}, jsonb_build_object(${sql.join(clearedColumns, sql`, `)}))`
      : sql`cross join jsonb_populate_record(${table}, '{}'::jsonb)`;
  const kept = requires.length > 0 ? sql`where ${sql.join(requires.map(pointsAtExisting), sql` and `)}` : sql``;
  const inserted = await tx.execute(sql`
    insert into ${table} overriding system value
    select restored.*
    from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as saved
      cross join jsonb_populate_record(null::${table}, saved.value) as ${table}
      ${cleared} as restored
    ${kept}
    on conflict do nothing`);
  return inserted.count;
}

/** The saved rows' ids: a row type of its own for each table would only repeat the schema. */
export function idsOf(rows: SavedRow[] | undefined) {
  return (rows ?? []).map((row) => Number(row.id));
}

export type InsertRemovedResult =
  { ok: true } | { ok: false; reason: "back-already" } | { ok: false; reason: "slug-taken"; slug: string };

/**
 * Puts a deleted or merged film or person back, its own row only, as the audit log saved it: first, so that one back
 * already or an address taken meanwhile refuses before anything else is written.
 */
export async function insertRemovedRow(
  tx: Executor,
  table: typeof films | typeof people,
  id: number,
  rows: SavedRows,
): Promise<InsertRemovedResult> {
  const saved = rows[getTableName(table)]?.[0];
  if ((await insertSavedRows(tx, table, saved ? [saved] : [])) === 1) return { ok: true };
  const [existing] = await tx.execute(sql`select 1 from ${table} where ${table.id} = ${id}`);
  return existing
    ? { ok: false, reason: "back-already" }
    : { ok: false, reason: "slug-taken", slug: String(saved?.slug) };
}
