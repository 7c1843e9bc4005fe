// Reads the real datasets in ../shared/datasets (each one optional): Netflix's film catalogue, Wikipedia's American
// films and MovieLens's ratings, in one shape. Their licences (see each README) allow this local, non-public use.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { countries } from "@/db/seed/demo/countries";
import { genreSlugsOf } from "./dataset-genres";

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

const PLOT_MAX_LENGTH = 10_000;
const countryCodeByName = new Map(countries.map((country) => [country.name, country.code]));

function listOf(value: string | undefined) {
  return (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}

/** Dataset cast lists carry parsing noise ("(uncredited bit)", "Katherine MacDonald]]"); keep plausible names. */
function isPlausibleName(name: string) {
  return name.length >= 2 && name.length <= 100 && /\p{L}/u.test(name) && !/[()[\]{}|]/.test(name);
}

function namesOf(names: string[]) {
  return [...new Set(names.map((name) => name.trim()).filter(isPlausibleName))];
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true, relax_quotes: true });
}

function readNetflixFilms(dir: string): DatasetFilm[] {
  const file = path.join(dir, "netflix-titles", "netflix_titles.csv");
  if (!existsSync(file)) return [];
  return readCsv(file)
    .filter((row) => row.type === "Movie" && row.title?.trim())
    .map((row) => {
      const minutes = Number(/^(\d+) min$/.exec(row.duration ?? "")?.[1]);
      const description = row.description?.trim();
      return {
        title: row.title!.replace(/\u200b/g, "").trim(),
        year: Number(row.release_year),
        runtimeMinutes: minutes > 0 ? minutes : null,
        plot: description ? { body: description, source: "Netflix", sourceUrl: null, license: null } : null,
        genreSlugs: genreSlugsOf(listOf(row.listed_in)),
        countryCodes: [...new Set(listOf(row.country).flatMap((name) => countryCodeByName.get(name) ?? []))],
        directors: namesOf(listOf(row.director)),
        cast: namesOf(listOf(row.cast)),
        movieLensId: null,
      };
    });
}

interface WikipediaFilm {
  title: string;
  year: number;
  cast: string[];
  genres: string[];
  href?: string;
  extract?: string;
}

function readWikipediaFilms(dir: string): DatasetFilm[] {
  const folder = path.join(dir, "wikipedia-american-films");
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).filter((name) => name.endsWith(".json.gz")).sort();
  return files.flatMap((name) => {
    const films = JSON.parse(gunzipSync(readFileSync(path.join(folder, name))).toString("utf8")) as WikipediaFilm[];
    return films.map((film) => {
      const extract = film.extract?.trim().slice(0, PLOT_MAX_LENGTH);
      return {
        title: film.title.trim(),
        year: film.year,
        runtimeMinutes: null,
        plot: extract
          ? {
              body: extract,
              source: "Wikipedia",
              sourceUrl: film.href ? `https://en.wikipedia.org/wiki/${film.href}` : null,
              license: "CC BY-SA 4.0",
            }
          : null,
        genreSlugs: genreSlugsOf(film.genres),
        // The lists are of American films.
        countryCodes: ["US"],
        directors: [],
        cast: namesOf(film.cast),
        movieLensId: null,
      };
    });
  });
}

const TRAILING_ARTICLE = /^(.*), (The|A|An|Les|La|Le|Il|Das|Der|Die|El|Los|Las)$/;

/** MovieLens writes "City of Lost Children, The (Cité des enfants perdus, La) (1995)". */
export function parseMovieLensTitle(raw: string): { title: string; year: number } | undefined {
  const match = /^(.*?)\s*\((\d{4})\)\s*$/.exec(raw.trim());
  if (!match) return undefined;
  const withoutAlternate = match[1]!.replace(/\s*\([^)]*\)\s*$/, "");
  const article = TRAILING_ARTICLE.exec(withoutAlternate);
  return { title: article ? `${article[2]} ${article[1]}` : withoutAlternate, year: Number(match[2]) };
}

function readMovieLensFilms(dir: string): DatasetFilm[] {
  const file = path.join(dir, "movielens-latest-small", "movies.csv");
  if (!existsSync(file)) return [];
  return readCsv(file).flatMap((row) => {
    const parsed = parseMovieLensTitle(row.title ?? "");
    if (!parsed) return [];
    return [
      {
        ...parsed,
        runtimeMinutes: null,
        plot: null,
        genreSlugs: genreSlugsOf((row.genres ?? "").split("|")),
        countryCodes: [],
        directors: [],
        cast: [],
        movieLensId: Number(row.movieId),
      },
    ];
  });
}

function readMovieLensRatings(dir: string): DatasetRating[] {
  const file = path.join(dir, "movielens-latest-small", "ratings.csv");
  if (!existsSync(file)) return [];
  return readCsv(file).map((row) => ({
    movieLensUserId: Number(row.userId),
    movieLensId: Number(row.movieId),
    rating: Math.round(Number(row.rating) * 2),
    ratedAt: new Date(Number(row.timestamp) * 1000),
  }));
}

/** Every real film (Netflix first, for its directors and countries, then Wikipedia, then MovieLens) and rating. */
export function readDatasets(dir = DATASETS_DIR) {
  return {
    films: [...readNetflixFilms(dir), ...readWikipediaFilms(dir), ...readMovieLensFilms(dir)],
    ratings: readMovieLensRatings(dir),
  };
}
