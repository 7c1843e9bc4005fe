// Writes what hangs off a film (other titles, plots, genres, countries, credits), adding only what is missing:
// unique keys turn repeats into no-ops, and each function returns the films that gained a row.
import { inArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { countries, credits, filmCountries, filmGenres, filmTitles, plots } from "../schema";
import { bulkInsert } from "./bulk-insert";
import type { Catalogue } from "./catalogue";
import type { ExternalSource } from "./entity-index";
import { COUNTRY_NAMES } from "./countries";
import type { CreditRole, ImportContext, PlotRecord, TitleRecord } from "./records";
import type { ImportSummary } from "./summary";
import { PLOT_MAX_LENGTH } from "./validation";

/**
 * Rows sorted by their unique key, so that batches written at once take the key's locks in one order and cannot
 * deadlock (writeInBatches). Any fixed order does; this one is JavaScript's, not the index's.
 */
function inKeyOrder<Row>(rows: Row[], keyOf: (row: Row) => (string | number)[]) {
  const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
  keyed.sort((a, b) => {
    for (let index = 0; index < a.key.length; index++) {
      const [x, y] = [a.key[index]!, b.key[index]!];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return keyed.map(({ row }) => row);
}

/** Inserts rows that a unique key may already hold; returns the film of each row actually written. */
async function insertForFilms<TTable extends PgTable & { filmId: PgColumn }>(
  tx: Executor,
  table: TTable,
  rows: Partial<TTable["$inferInsert"]>[],
) {
  const inserted = await bulkInsert<TTable, { filmId: number }>(tx, table, rows, {
    onConflict: sql`on conflict do nothing`,
    returning: { filmId: table.filmId },
  });
  return inserted.map((row) => row.filmId);
}

/**
 * Adds the countries (by ISO code) that the catalogue had no row for when the import began. Each batch naming one
 * inserts it, a no-op once another has: a batch written at the same time may not have committed it yet, and its
 * insert makes this one wait for that commit, where a row it cannot see would fail the foreign key. In one order, so
 * that two such batches cannot deadlock (writeInBatches).
 */
async function ensureCountries(tx: Executor, catalogue: Catalogue, codes: Iterable<string>) {
  const missing = [...new Set(codes)].filter((code) => !catalogue.countryCodesAtStart.has(code)).sort();
  if (missing.length === 0) return;
  await tx
    .insert(countries)
    .values(missing.map((code) => ({ code, name: COUNTRY_NAMES[code]! })))
    .onConflictDoNothing();
}

export async function insertTitles(tx: Executor, catalogue: Catalogue, rows: (TitleRecord & { filmId: number })[]) {
  await ensureCountries(
    tx,
    catalogue,
    rows.flatMap((row) => (row.countryCode ? [row.countryCode] : [])),
  );
  return insertForFilms(
    tx,
    filmTitles,
    inKeyOrder(rows, (row) => [row.filmId, row.title, row.kind]),
  );
}

/**
 * One plot per source per film: a film that already has a Wikipedia plot does not get a second one when the
 * same article is imported again. New plots go after the film's existing ones.
 */
export async function insertPlots(
  tx: Executor,
  summary: ImportSummary,
  items: { filmId: number; plot: PlotRecord; origin: string }[],
) {
  if (items.length === 0) return [];
  const existing = await tx
    .select({ filmId: plots.filmId, source: plots.source })
    .from(plots)
    .where(inArray(plots.filmId, [...new Set(items.map((item) => item.filmId))]));
  const sourcesOf = new Map<number, string[]>();
  const remember = (filmId: number, source: string) =>
    sourcesOf.set(filmId, [...(sourcesOf.get(filmId) ?? []), source]);
  existing.forEach((row) => remember(row.filmId, row.source));

  const rows = [];
  for (const { filmId, plot, origin } of items) {
    if (plot.body.length > PLOT_MAX_LENGTH) {
      summary.skip("plots", `longer than ${PLOT_MAX_LENGTH.toLocaleString("en-US")} characters`, origin);
      continue;
    }
    const sources = sourcesOf.get(filmId) ?? [];
    if (sources.includes(plot.source)) continue;
    rows.push({ ...plot, language: plot.language ?? "en", filmId, position: sources.length });
    remember(filmId, plot.source);
  }
  return insertForFilms(tx, plots, rows);
}

export async function insertGenreLinks(
  tx: Executor,
  { catalogue, summary }: ImportContext,
  items: { filmId: number; genres: string[]; origin: string }[],
) {
  const genreIds = await catalogue.genres.idsFor(
    tx,
    items.flatMap((item) => item.genres),
  );
  const rows = items.flatMap(({ filmId, genres, origin }) =>
    genres.flatMap((name) => {
      const genreId = genreIds.get(name);
      if (genreId === undefined)
        summary.skip("genres", "no Latin letters or digits for its page's address", `${origin}: ${name}`);
      return genreId === undefined ? [] : [{ filmId, genreId }];
    }),
  );
  return insertForFilms(tx, filmGenres, rows);
}

export async function insertCountryLinks(
  tx: Executor,
  catalogue: Catalogue,
  items: { filmId: number; countryCodes: string[] }[],
) {
  await ensureCountries(
    tx,
    catalogue,
    items.flatMap((item) => item.countryCodes),
  );
  const rows = items.flatMap(({ filmId, countryCodes }) =>
    countryCodes.map((countryCode, position) => ({ filmId, countryCode, position })),
  );
  return insertForFilms(tx, filmCountries, rows);
}

export interface CreditRow {
  filmId: number;
  personId: number;
  role: CreditRole;
  character?: string;
  position: number;
}

/** Credits, each recording the source that gave it. */
export async function insertCredits(tx: Executor, source: ExternalSource, rows: CreditRow[]) {
  return insertForFilms(
    tx,
    credits,
    inKeyOrder(rows, (row) => [row.filmId, row.personId, row.role]).map((row) => ({ ...row, source })),
  );
}
