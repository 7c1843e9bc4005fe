// Writes a batch of film records, whatever their format: each is matched to a film in the catalogue or created,
// fills the fields the film lacks (never overwriting what is there) and adds missing titles, plots, genres,
// countries, credits and external ids. Each record is counted as imported, updated, unchanged or merged.
import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { films } from "../schema";
import { writeInBatches } from "./batches";
import { bulkInsert } from "./bulk-insert";
import { filmMatchKeys } from "./catalogue";
import type { CatalogueRef, ExternalSource, Resolution } from "./entity-index";
import { insertExternalIds, reportExternalIdConflicts } from "./external-ids";
import {
  insertCountryLinks,
  insertCredits,
  insertGenreLinks,
  insertPlots,
  insertTitles,
  type CreditRow,
} from "./film-links";
import { resolvePeople } from "./people";
import type { FilmRecord, ImportContext } from "./records";
import { filmSlug } from "@/lib/slugs";

interface ResolvedFilm {
  record: FilmRecord;
  resolution: Resolution;
}

/** The original title only when it differs from the title, as the film page shows it as a second line. */
function distinctOriginalTitle(record: FilmRecord) {
  return record.originalTitle && record.originalTitle !== record.title ? record.originalTitle : null;
}

async function insertNewFilms(tx: Executor, source: ExternalSource, created: ResolvedFilm[]) {
  const rows = created.map(({ record, resolution }) => ({
    slug: resolution.ref.slug,
    title: record.title,
    titleSource: source,
    originalTitle: distinctOriginalTitle(record),
    year: record.year,
    releaseDate: record.releaseDate,
    runtimeMinutes: record.runtimeMinutes,
  }));
  const inserted = await bulkInsert<typeof films, { id: number; slug: string }>(tx, films, rows, {
    returning: { id: films.id, slug: films.slug },
  });
  const idBySlug = new Map(inserted.map((row) => [row.slug, row.id]));
  for (const { resolution } of created) resolution.ref.id = idBySlug.get(resolution.ref.slug)!;
}

/** Sets original title, release date and runtime where the film has none; returns the films changed. */
async function fillMissingFields(tx: Executor, matched: ResolvedFilm[]) {
  const values = matched
    .map(({ record, resolution }) => ({
      id: resolution.ref.id,
      originalTitle: distinctOriginalTitle(record),
      releaseDate: record.releaseDate ?? null,
      runtimeMinutes: record.runtimeMinutes ?? null,
    }))
    .filter((row) => row.originalTitle !== null || row.releaseDate !== null || row.runtimeMinutes !== null);
  if (values.length === 0) return [];
  // One JSON parameter, as in bulk-insert.ts, rather than four bind parameters per film.
  const rows = await tx.execute<{ id: number }>(sql`
    update ${films} as f set
      original_title = coalesce(f.original_title, v."originalTitle"),
      release_date = coalesce(f.release_date, v."releaseDate"),
      runtime_minutes = coalesce(f.runtime_minutes, v."runtimeMinutes"),
      updated_at = now()
    from json_to_recordset(${JSON.stringify(values)}::json)
      as v (id integer, "originalTitle" text, "releaseDate" date, "runtimeMinutes" smallint)
    where f.id = v.id
      and ((f.original_title is null and v."originalTitle" is not null)
        or (f.release_date is null and v."releaseDate" is not null)
        or (f.runtime_minutes is null and v."runtimeMinutes" is not null))
    returning f.id`);
  return rows.map((row) => row.id);
}

/**
 * The sources whose spelling of a title wins, most authoritative first: IMDb's titles are curated film by film,
 * Wikipedia's are its articles', Netflix's are a catalogue's, and MovieLens folds accents away ("Amelie").
 */
const TITLE_AUTHORITY: ExternalSource[] = ["imdb", "tmdb", "wikipedia", "netflix", "movielens"];

/**
 * Gives matched films this source's title where the title they have came from a less authoritative import; a title
 * set in the app (title_source null) is never replaced. Returns the films changed.
 */
async function adoptAuthoritativeTitles(tx: Executor, source: ExternalSource, matched: ResolvedFilm[]) {
  const outranked = TITLE_AUTHORITY.slice(TITLE_AUTHORITY.indexOf(source) + 1);
  const values = matched.map(({ record, resolution }) => ({ id: resolution.ref.id, title: record.title }));
  if (outranked.length === 0 || values.length === 0) return [];
  const rows = await tx.execute<{ id: number }>(sql`
    update ${films} as f set title = v.title, title_source = ${source}, updated_at = now()
    from json_to_recordset(${JSON.stringify(values)}::json) as v (id integer, title text)
    where f.id = v.id and f.title <> v.title
      and f.title_source::text in (${sql.join(
        outranked.map((weaker) => sql`${weaker}`),
        sql`, `,
      )})
    returning f.id`);
  return rows.map((row) => row.id);
}

/** Credits in billing order within each role, with their people found or created. */
async function creditRows(tx: Executor, context: ImportContext, batch: ResolvedFilm[]): Promise<CreditRow[]> {
  const credited = batch.flatMap(({ record, resolution }) =>
    (record.credits ?? []).map((credit) => ({ credit, filmId: resolution.ref.id, origin: record.origin })),
  );
  const personRefs = await resolvePeople(
    tx,
    context,
    credited.map(({ credit, origin }) => ({ person: credit.person, origin })),
  );
  const positionInRole = new Map<string, number>();
  return credited.map(({ credit, filmId }, index) => {
    const key = `${filmId}:${credit.role}`;
    const position = positionInRole.get(key) ?? 0;
    positionInRole.set(key, position + 1);
    return { filmId, personId: personRefs[index]!.id, role: credit.role, character: credit.character, position };
  });
}

/** Adds the batch's missing external ids, titles, plots, genres, countries and credits; returns the films that gained any. */
async function insertLinks(tx: Executor, context: ImportContext, batch: ResolvedFilm[]) {
  const { catalogue, summary } = context;
  const linked = batch.map(({ record, resolution }) => ({ record, filmId: resolution.ref.id }));
  const externalIdRows = batch.map(({ resolution }) => ({ ref: resolution.ref, ids: resolution.newExternalIds }));
  const titleRows = linked.flatMap(({ record, filmId }) =>
    (record.titles ?? []).map((title) => ({ ...title, filmId })),
  );
  const plotItems = linked.flatMap(({ record, filmId }) =>
    record.plot ? [{ filmId, plot: record.plot, origin: record.origin }] : [],
  );

  // Sequential on purpose: one transaction is one connection, and credits need their people written first.
  const filmsGaining: Record<string, number[]> = {
    "film ids": (await insertExternalIds(tx, "film", externalIdRows)).map((row) => row.filmId!),
    titles: await insertTitles(tx, catalogue, titleRows),
    plots: await insertPlots(tx, summary, plotItems),
    "genre links": await insertGenreLinks(
      tx,
      context,
      linked.map(({ record, filmId }) => ({ filmId, genres: record.genres ?? [], origin: record.origin })),
    ),
    "country links": await insertCountryLinks(
      tx,
      catalogue,
      linked.map(({ record, filmId }) => ({ filmId, countryCodes: record.countryCodes ?? [] })),
    ),
    credits: await insertCredits(tx, context.source, await creditRows(tx, context, batch)),
  };
  for (const [what, filmIds] of Object.entries(filmsGaining)) summary.countAdded(what, filmIds.length);
  return Object.values(filmsGaining).flat();
}

/** Writes one batch (call it inside the batch's transaction); returns each record's film. */
async function writeFilms(tx: Executor, context: ImportContext, records: FilmRecord[]): Promise<CatalogueRef[]> {
  const { catalogue, summary } = context;
  const batch: ResolvedFilm[] = records.map((record) => ({
    record,
    resolution: catalogue.films.resolve(record.externalIds, filmMatchKeys(record), () => ({
      id: 0,
      slug: catalogue.filmSlugs.allocate(filmSlug(record.title, record.year)),
    })),
  }));

  await insertNewFilms(
    tx,
    context.source,
    batch.filter((film) => film.resolution.isCreated),
  );
  const matched = batch.filter((film) => !film.resolution.isCreated);
  const changed = new Set([
    ...(await fillMissingFields(tx, matched)),
    ...(await adoptAuthoritativeTitles(tx, context.source, matched)),
  ]);
  for (const filmId of await insertLinks(tx, context, batch)) changed.add(filmId);

  for (const { record, resolution } of batch) {
    reportExternalIdConflicts(summary, "film", record.origin, resolution);
    if (resolution.isCreated) summary.count("films", "imported");
    else if (resolution.isRepeat) summary.count("films", "merged");
    else summary.count("films", changed.has(resolution.ref.id) ? "updated" : "unchanged");
  }
  return batch.map((film) => film.resolution.ref);
}

const FILM_BATCH_SIZE = 1000;

/**
 * Writes film records in batches of one transaction each, so that a failure loses at most one batch and a rerun
 * picks up where it stopped. `afterBatch` sees each batch's records with their films.
 */
export async function writeFilmBatches(
  context: ImportContext,
  records: AsyncIterable<FilmRecord> | Iterable<FilmRecord>,
  afterBatch: (records: FilmRecord[], films: CatalogueRef[]) => void = () => {},
) {
  await writeInBatches(records, FILM_BATCH_SIZE, async (batch) =>
    afterBatch(batch, await context.db.transaction((tx) => writeFilms(tx, context, batch))),
  );
}
