// IMDb's title.basics (films only) and title.akas (their other titles).
import { z } from "zod";
import { INDEPENDENT_WRITES_AT_ONCE, writeInBatches } from "../../batches";
import { knownCountryCode } from "../../countries";
import type { CatalogueRef } from "../../entity-index";
import { insertTitles } from "../../film-links";
import { writeFilmBatches } from "../../films";
import { catalogueGenres } from "../../genres";
import { imdbIdKey } from "../../imdb-ids";
import { readAsPhase, readTsvRows, readTsvRowsWhere, rowOrigin, type InputFile } from "../../read-files";
import type { FilmRecord, ImportContext, TitleRecord } from "../../records";
import { checkRow, optionalRuntimeSchema, optionalTextSchema, titleSchema, yearSchema } from "../../validation";

const GENRE_SYNONYMS: Record<string, string[]> = {
  "Sci-Fi": ["Science Fiction"],
  "Film-Noir": ["Film Noir"],
};

const TITLE_BATCH_SIZE = 5000;

const titleIdSchema = z.string({ error: "no tconst" }).regex(/^tt\d+$/, "tconst is not an IMDb title id");

const basicsSchema = z.object({
  tconst: titleIdSchema,
  primaryTitle: titleSchema,
  originalTitle: optionalTextSchema,
  startYear: yearSchema,
  runtimeMinutes: optionalRuntimeSchema,
  genres: z
    .string()
    .nullable()
    .transform((genres) => (genres ? genres.split(",") : [])),
});

const akaSchema = z.object({
  titleId: titleIdSchema,
  title: titleSchema,
  region: z.string().nullable(),
  language: z.string().nullable(),
  types: z.string().nullable(),
  isOriginalTitle: z.string().nullable(),
});

/** A film imported from title.basics: later files link to it by its IMDb id. */
interface ImdbFilm {
  ref: CatalogueRef;
  title: string;
}

/** The films imported, by tconst: a number per key rather than a string (hundreds of thousands at IMDb's scale). */
export class ImdbFilms {
  private readonly byTconst = new Map<number | string, ImdbFilm>();

  set(tconst: string, film: ImdbFilm) {
    this.byTconst.set(imdbIdKey(tconst), film);
  }

  get(tconst: string) {
    return this.byTconst.get(imdbIdKey(tconst));
  }

  has(tconst: string) {
    return this.byTconst.has(imdbIdKey(tconst));
  }
}

async function* filmRecords(file: InputFile, context: ImportContext): AsyncGenerator<FilmRecord> {
  const { summary } = context;
  for await (const { row, fields } of readAsPhase(context.progress, file.name, file, readTsvRows)) {
    const origin = rowOrigin(file, row);
    if (fields.titleType !== "movie") {
      summary.skip("titles", `not a film (${fields.titleType ?? "no type"})`, `${origin}: ${fields.tconst}`);
      continue;
    }
    if (fields.isAdult === "1" && !context.includeAdult) {
      summary.skip("titles", "adult (--include-adult keeps them)", `${origin}: ${fields.tconst}`);
      continue;
    }
    const check = checkRow(basicsSchema, fields);
    if (!check.ok) {
      summary.skip("films", check.reason, `${origin}: ${fields.tconst} ${JSON.stringify(fields.primaryTitle)}`);
      continue;
    }
    const basics = check.value;
    // The original title also comes in title.akas, with its region and language, as a title of kind "original".
    yield {
      origin,
      externalIds: [{ source: "imdb", id: basics.tconst }],
      title: basics.primaryTitle,
      originalTitle: basics.originalTitle,
      year: basics.startYear,
      runtimeMinutes: basics.runtimeMinutes,
      genres: catalogueGenres(basics.genres, GENRE_SYNONYMS).genres,
    };
  }
}

export async function importBasics(context: ImportContext, file: InputFile) {
  const films = new ImdbFilms();
  await writeFilmBatches(context, filmRecords(file, context), (records, refs) =>
    records.forEach((record, index) =>
      films.set(record.externalIds[0]!.id, { ref: refs[index]!, title: record.title }),
    ),
  );
  return films;
}

/** An aka as a title of the catalogue; its region is kept when it is a country (not "XWW", the world). */
function toTitle(aka: z.infer<typeof akaSchema>, origin: string, context: ImportContext): TitleRecord {
  const countryCode = aka.region ? knownCountryCode(aka.region) : undefined;
  if (aka.region && !countryCode) context.summary.skip("title regions", "not a country", `${origin}: ${aka.region}`);
  const kind = aka.isOriginalTitle === "1" ? "original" : aka.types?.includes("working") ? "working" : "alternate";
  return { title: aka.title, kind, countryCode, language: aka.language ?? undefined };
}

async function* akaRows(file: InputFile, films: ImdbFilms, context: ImportContext) {
  const isFilm = (titleId: string) => films.has(titleId);
  for await (const { row, fields } of readAsPhase(context.progress, file.name, file, readTsvRowsWhere(isFilm))) {
    const film = films.get(fields.titleId!)!;
    const origin = rowOrigin(file, row);
    const check = checkRow(akaSchema, fields);
    if (!check.ok) {
      context.summary.skip("titles", check.reason, origin);
      continue;
    }
    const title = toTitle(check.value, origin, context);
    // IMDb lists the film's own title again for many regions; the catalogue keeps it once, as the title.
    if (title.kind === "alternate" && title.title === film.title) continue;
    yield { ...title, filmId: film.ref.id };
  }
}

export async function importAkas(context: ImportContext, file: InputFile, films: ImdbFilms) {
  await writeInBatches(
    akaRows(file, films, context),
    TITLE_BATCH_SIZE,
    async (batch) => {
      const added = await context.db.transaction((tx) => insertTitles(tx, context.catalogue, batch));
      context.summary.countAdded("titles", added.length);
    },
    { writesAtOnce: INDEPENDENT_WRITES_AT_ONCE },
  );
}
