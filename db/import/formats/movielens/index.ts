// A MovieLens directory (ml-latest-small and its larger siblings): movies.csv and links.csv become films with
// their MovieLens, IMDb and TMDB ids; ratings.csv becomes bare ratings by one generated member per MovieLens user.
import { z } from "zod";
import type { CatalogueRef, ExternalId } from "../../entity-index";
import { writeFilmBatches } from "../../films";
import { catalogueGenres } from "../../genres";
import {
  expectTable,
  findInputFiles,
  noInputFileError,
  readAsPhase,
  readCsvRows,
  rowOrigin,
  type InputFile,
} from "../../read-files";
import type { FilmRecord, ImportContext, ReadContext } from "../../records";
import { checkRow, titleSchema, yearSchema } from "../../validation";
import { importRatings } from "./ratings";
import { parseMovieLensTitle } from "./titles";

const GENRE_SYNONYMS: Record<string, string[]> = {
  Children: ["Family"],
  "Film-Noir": ["Film Noir"],
  "Sci-Fi": ["Science Fiction"],
  IMAX: [],
};

const NO_GENRES = "(no genres listed)";

/** The files the import reads, by name, with the columns it reads from each; tags.csv is only noted. */
const MOVIELENS_COLUMNS: Record<string, string[]> = {
  movies: ["movieId", "title", "genres"],
  links: ["movieId", "imdbId", "tmdbId"],
  ratings: ["userId", "movieId", "rating", "timestamp"],
};

const idSchema = (name: string) => z.string({ error: `no ${name}` }).regex(/^\d+$/, `${name} is not a number`);

/** links.csv leaves tmdbId empty for a few films. */
const optionalId = (name: string) => z.preprocess((value) => value || undefined, idSchema(name).optional());

const linkSchema = z.object({
  movieId: idSchema("movieId"),
  imdbId: optionalId("imdbId"),
  tmdbId: optionalId("tmdbId"),
});

const movieSchema = z.object({
  movieId: idSchema("movieId"),
  title: titleSchema,
  year: yearSchema,
  otherTitles: z.array(z.string()),
  genres: z.string().default(""),
});

/** The IMDb ("tt0114709") and TMDB ids of each MovieLens film, from links.csv. */
async function readLinks(context: ReadContext, file: InputFile | undefined) {
  const idsByMovie = new Map<string, ExternalId[]>();
  if (!file) return idsByMovie;
  for await (const { row, fields } of readCsvRows(file)) {
    const check = checkRow(linkSchema, fields);
    if (!check.ok) {
      context.summary.skip("links", check.reason, rowOrigin(file, row));
      continue;
    }
    const { movieId, imdbId, tmdbId } = check.value;
    const ids: ExternalId[] = [];
    if (imdbId) ids.push({ source: "imdb", id: `tt${imdbId}` });
    if (tmdbId) ids.push({ source: "tmdb", id: tmdbId });
    idsByMovie.set(movieId, ids);
  }
  return idsByMovie;
}

interface MovieLensFiles {
  movies: InputFile;
  links?: InputFile;
  ratings?: InputFile;
  tags?: InputFile;
}

/**
 * The MovieLens files among `paths`, each checked to be what its name says before anything is written; movies.csv,
 * the list of films, must be one of them.
 */
export async function findMovieLensFiles(paths: string[]): Promise<MovieLensFiles> {
  const files = await findInputFiles(paths, (name) => /^(movies|links|ratings|tags)\.csv(\.gz)?$/.test(name));
  const fileNamed = (base: string) => files.find((file) => file.name.startsWith(`${base}.csv`));
  const movies = fileNamed("movies");
  if (!movies) throw noInputFileError("movies.csv or movies.csv.gz", paths, "it is the list of films");
  for (const [base, columns] of Object.entries(MOVIELENS_COLUMNS)) {
    const file = fileNamed(base);
    if (file) await expectTable(file, { description: `MovieLens's ${base}`, columns, separator: "," });
  }
  return { movies, links: fileNamed("links"), ratings: fileNamed("ratings"), tags: fileNamed("tags") };
}

/** The films of movies.csv with their ids from links.csv, read and checked, without touching the database. */
export async function* movieLensFilmRecords(
  context: ReadContext,
  { movies: file, links: linksFile }: MovieLensFiles,
): AsyncGenerator<FilmRecord> {
  const { summary } = context;
  const links = await readLinks(context, linksFile);
  for await (const { row, fields } of readAsPhase(context.progress, file.name, file, readCsvRows)) {
    const origin = rowOrigin(file, row);
    const { title, year, otherTitles } = parseMovieLensTitle(fields.title ?? "");
    const check = checkRow(movieSchema, { ...fields, title, year, otherTitles });
    if (!check.ok) {
      summary.skip("films", check.reason, `${origin}: ${JSON.stringify(fields.title ?? "")}`);
      continue;
    }
    const movie = check.value;
    const listed = movie.genres.split("|").filter((genre) => genre && genre !== NO_GENRES);
    const { genres, notGenres } = catalogueGenres(listed, GENRE_SYNONYMS);
    notGenres.forEach((name) => summary.skip("genres", "not a genre", `${origin}: ${name}`));
    yield {
      origin,
      externalIds: [{ source: "movielens", id: movie.movieId }, ...(links.get(movie.movieId) ?? [])],
      title: movie.title,
      year: movie.year,
      titles: movie.otherTitles
        .filter((other) => other !== movie.title)
        .map((other) => ({ title: other, kind: "alternate" as const })),
      genres,
    };
  }
}

export async function importMovieLens(context: ImportContext, paths: string[]) {
  const files = await findMovieLensFiles(paths);
  const filmByMovieId = new Map<string, CatalogueRef>();
  await writeFilmBatches(context, movieLensFilmRecords(context, files), (records, films) =>
    records.forEach((record, index) => filmByMovieId.set(record.externalIds[0]!.id, films[index]!)),
  );

  if (files.ratings) await importRatings(context, files.ratings, filmByMovieId);
  if (files.tags) context.summary.note("tags.csv was not imported: Marquee has no tags.");
}
