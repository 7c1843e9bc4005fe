// The Netflix titles CSV (Kaggle "Netflix Movies and TV Shows", 2021): movies only, with directors, cast,
// production countries, genres and Netflix's synopsis as a plot credited to Netflix.
import { z } from "zod";
import { countryCodeFor } from "../countries";
import { writeFilmBatches } from "../films";
import { catalogueGenres } from "../genres";
import {
  expectTable,
  findInputFiles,
  noInputFileError,
  readAsPhase,
  readCsvRows,
  rowOrigin,
  type InputFile,
  type TableShape,
} from "../read-files";
import type { CreditRecord, FilmRecord, ImportContext, ReadContext } from "../records";
import { cleanText } from "../text";
import { checkRow, optionalRuntimeSchema, optionalTextSchema, titleSchema, yearSchema } from "../validation";

/** Netflix's genres for films ("listed_in") as the catalogue names them; catalogue labels are not genres. */
const GENRE_SYNONYMS: Record<string, string[]> = {
  "Action & Adventure": ["Action", "Adventure"],
  "Anime Features": ["Animation", "Anime"],
  "Children & Family Movies": ["Family"],
  "Classic Movies": [],
  Comedies: ["Comedy"],
  "Cult Movies": [],
  Documentaries: ["Documentary"],
  Dramas: ["Drama"],
  "Faith & Spirituality": ["Faith & Spirituality"],
  "Horror Movies": ["Horror"],
  "Independent Movies": [],
  "International Movies": [],
  "LGBTQ Movies": ["LGBTQ"],
  Movies: [],
  "Music & Musicals": ["Music", "Musical"],
  "Romantic Movies": ["Romance"],
  "Sci-Fi & Fantasy": ["Science Fiction", "Fantasy"],
  "Sports Movies": ["Sport"],
  "Stand-Up Comedy": ["Stand-Up Comedy"],
  Thrillers: ["Thriller"],
};

/** The columns films are made from; `rating`, read only for the runtime three specials carry there, may be missing. */
const NETFLIX_TITLES: TableShape = {
  description: "Netflix's titles",
  columns: [
    "show_id",
    "type",
    "title",
    "director",
    "cast",
    "country",
    "release_year",
    "duration",
    "listed_in",
    "description",
  ],
  separator: ",",
};

/** "90 min" → 90; anything else is left for the runtime rule to reject. */
const minutes = (value: unknown) => {
  const match = typeof value === "string" ? /^(\d+) min$/.exec(value.trim()) : null;
  return match ? Number(match[1]) : value;
};

const netflixMovieSchema = z.object({
  show_id: z.string().trim().min(1, "no show_id"),
  title: titleSchema,
  release_year: yearSchema,
  duration: z.preprocess(minutes, optionalRuntimeSchema),
  director: z.string().default(""),
  cast: z.string().default(""),
  country: z.string().default(""),
  listed_in: z.string().default(""),
  description: optionalTextSchema,
});

type NetflixMovie = z.infer<typeof netflixMovieSchema>;

/** Comma-separated names; a suffix split off by the comma ("Sammy Davis, Jr.") goes back onto its name. */
function splitNames(cell: string) {
  const names: string[] = [];
  for (const part of cell.split(",").map(cleanText).filter(Boolean)) {
    if (/^(Jr|Sr)\.?$|^I{2,3}$/.test(part) && names.length > 0) names[names.length - 1] += `, ${part}`;
    else names.push(part);
  }
  return names;
}

function toFilmRecord(movie: NetflixMovie, origin: string, context: ReadContext): FilmRecord {
  const { summary } = context;
  const credits: CreditRecord[] = [
    ...splitNames(movie.director).map((name) => ({ person: { name, externalIds: [] }, role: "director" as const })),
    ...splitNames(movie.cast).map((name) => ({ person: { name, externalIds: [] }, role: "cast" as const })),
  ];
  const countryCodes: string[] = [];
  for (const name of movie.country.split(",").map(cleanText).filter(Boolean)) {
    const code = countryCodeFor(name);
    if (code) countryCodes.push(code);
    else summary.skip("countries", "not a known country", `${origin}: ${name}`);
  }
  const { genres, notGenres } = catalogueGenres(
    movie.listed_in.split(",").map(cleanText).filter(Boolean),
    GENRE_SYNONYMS,
  );
  notGenres.forEach((name) => summary.skip("genres", "a Netflix label, not a genre", `${origin}: ${name}`));
  return {
    origin,
    externalIds: [{ source: "netflix", id: movie.show_id }],
    title: movie.title,
    year: movie.release_year,
    runtimeMinutes: movie.duration,
    plot: movie.description ? { body: movie.description, source: "Netflix" } : undefined,
    genres,
    countryCodes: [...new Set(countryCodes)],
    credits,
  };
}

async function* movieRecords(file: InputFile, context: ReadContext): AsyncGenerator<FilmRecord> {
  const { summary } = context;
  for await (const { row, fields } of readAsPhase(context.progress, file.name, file, readCsvRows)) {
    const origin = rowOrigin(file, row);
    const example = `${origin}: ${JSON.stringify(fields.title ?? "")}`;
    if (fields.type !== "Movie") {
      summary.skip(
        "titles",
        fields.type === "TV Show" ? "a TV show, not a film" : "type is neither Movie nor TV Show",
        example,
      );
      continue;
    }
    // Three specials have their runtime in the rating column and an empty duration (a quirk of the Kaggle file).
    const duration = fields.duration || (/^\d+ min$/.test(fields.rating ?? "") ? fields.rating : "");
    const check = checkRow(netflixMovieSchema, { ...fields, duration });
    if (check.ok) yield toFilmRecord(check.value, origin, context);
    else summary.skip("films", check.reason, example);
  }
}

/** The films of the Netflix CSV files among `paths`, read and checked, without touching the database. */
export async function* netflixFilmRecords(context: ReadContext, paths: string[]): AsyncGenerator<FilmRecord> {
  const files = await findInputFiles(paths, (name) => /\.csv(\.gz)?$/.test(name));
  if (files.length === 0) throw noInputFileError(".csv or .csv.gz file", paths);
  // Every file is checked before the first film is read, and so before anything is written.
  for (const file of files) await expectTable(file, NETFLIX_TITLES);
  for (const file of files) yield* movieRecords(file, context);
}

export async function importNetflix(context: ImportContext, paths: string[]) {
  await writeFilmBatches(context, netflixFilmRecords(context, paths));
}
