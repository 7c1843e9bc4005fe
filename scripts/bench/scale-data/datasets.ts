// Reads the real datasets in ../shared/datasets (each one optional) with the importer's readers, so that their rows
// are checked and cleaned as an import would: Netflix's film catalogue, Wikipedia's American films and MovieLens's
// films and ratings, in one shape. Their licences (see each README) allow this local, non-public use.
import { existsSync } from "node:fs";
import path from "node:path";
import { findMovieLensFiles, movieLensFilmRecords } from "@/db/import/formats/movielens";
import { movieLensRatings, type MovieLensRating } from "@/db/import/formats/movielens/ratings";
import { netflixFilmRecords } from "@/db/import/formats/netflix";
import { wikipediaFilmRecords } from "@/db/import/formats/wikipedia";
import { silentProgress } from "@/db/import/progress";
import type { CreditRole, FilmRecord, PlotRecord, ReadContext } from "@/db/import/records";
import { ImportSummary } from "@/db/import/summary";
import { PLOT_MAX_LENGTH } from "@/db/import/validation";
import { countries, genres } from "@/db/seed/demo";
import { slugBase } from "@/lib/slugs";

export const DATASETS_DIR = path.resolve(process.cwd(), "../shared/datasets");

export interface DatasetPlot {
  body: string;
  source: string;
  sourceUrl: string | null;
  license: string | null;
}

export interface DatasetFilm {
  title: string;
  year: number;
  runtimeMinutes: number | null;
  plot: DatasetPlot | null;
  genreSlugs: string[];
  countryCodes: string[];
  directors: string[];
  cast: string[];
  movieLensId: number | null;
}

export interface DatasetRating {
  movieLensUserId: number;
  movieLensId: number;
  /** Marquee's scale: 1–10 half stars. */
  rating: number;
  ratedAt: Date;
}

// The bench catalogue holds the demo seed's genres and countries only (catalogue.ts): fixed sets that the generated
// films are spread over (generate.ts). A real film keeps those of its genres and countries; the rest are dropped.
const BENCH_GENRE_SLUGS = new Set(genres.map((genre) => genre.slug));
const BENCH_COUNTRY_CODES = new Set(countries.map((country) => country.code));

/** The bench genres among the record's genre names, by the slug an import gives a genre it creates (genres.ts). */
function benchGenreSlugs(names: string[]) {
  return [...new Set(names.map(slugBase))].filter((slug) => BENCH_GENRE_SLUGS.has(slug));
}

/** Each name once: the bench matches people by name, and a person has one credit per film and role. */
function creditedNames(record: FilmRecord, role: CreditRole) {
  return [
    ...new Set((record.credits ?? []).filter((credit) => credit.role === role).map((credit) => credit.person.name)),
  ];
}

function datasetPlot(plot: PlotRecord | undefined): DatasetPlot | null {
  // An import leaves an over-long plot out when it writes it (film-links.ts); the bench copies plots in as they are.
  if (!plot || plot.body.length > PLOT_MAX_LENGTH) return null;
  return { body: plot.body, source: plot.source, sourceUrl: plot.sourceUrl ?? null, license: plot.license ?? null };
}

function datasetFilm(record: FilmRecord): DatasetFilm {
  const movieLensId = record.externalIds.find((externalId) => externalId.source === "movielens")?.id;
  return {
    title: record.title,
    year: record.year,
    runtimeMinutes: record.runtimeMinutes ?? null,
    plot: datasetPlot(record.plot),
    genreSlugs: benchGenreSlugs(record.genres ?? []),
    countryCodes: (record.countryCodes ?? []).filter((code) => BENCH_COUNTRY_CODES.has(code)),
    directors: creditedNames(record, "director"),
    cast: creditedNames(record, "cast"),
    movieLensId: movieLensId === undefined ? null : Number(movieLensId),
  };
}

function datasetRating(rating: MovieLensRating): DatasetRating {
  return {
    movieLensUserId: rating.userId,
    movieLensId: Number(rating.movieId),
    rating: rating.rating,
    ratedAt: rating.timestamp,
  };
}

async function mapAll<T, U>(items: AsyncIterable<T> | Iterable<T>, map: (item: T) => U) {
  const mapped: U[] = [];
  for await (const item of items) mapped.push(map(item));
  return mapped;
}

async function readNetflixFilms(context: ReadContext, folder: string) {
  return existsSync(folder) ? mapAll(netflixFilmRecords(context, [folder]), datasetFilm) : [];
}

async function readWikipediaFilms(context: ReadContext, folder: string) {
  return existsSync(folder) ? mapAll(await wikipediaFilmRecords(context, [folder]), datasetFilm) : [];
}

async function readMovieLens(context: ReadContext, folder: string) {
  if (!existsSync(folder)) return { films: [], ratings: [] };
  const files = await findMovieLensFiles([folder]);
  return {
    films: await mapAll(movieLensFilmRecords(context, files), datasetFilm),
    ratings: files.ratings ? await mapAll(movieLensRatings(context, files.ratings), datasetRating) : [],
  };
}

/** Every real film (Netflix first, for its directors and countries, then Wikipedia, then MovieLens) and rating. */
export async function readDatasets(dir = DATASETS_DIR) {
  // What an import reports to the admin running it (rows skipped, progress) is of no use to the bench.
  const context: ReadContext = { summary: new ImportSummary(), progress: silentProgress };
  const netflix = await readNetflixFilms(context, path.join(dir, "netflix-titles"));
  const wikipedia = await readWikipediaFilms(context, path.join(dir, "wikipedia-american-films"));
  const movieLens = await readMovieLens(context, path.join(dir, "movielens-latest-small"));
  return { films: [...netflix, ...wikipedia, ...movieLens.films], ratings: movieLens.ratings };
}
