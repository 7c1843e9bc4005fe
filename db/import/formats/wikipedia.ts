// The Wikipedia American films dataset (prust/wikipedia-movie-data): JSON arrays of films, one file per decade,
// plain or gzipped. Every film is American; the lead-section extract becomes a plot credited to Wikipedia.
import { z } from "zod";
import { writeFilmBatches } from "../films";
import { catalogueGenres } from "../genres";
import {
  findInputFiles,
  ImportInputError,
  lacksError,
  noInputFileError,
  readWholeText,
  type InputFile,
} from "../read-files";
import type { CreditRecord, FilmRecord, ImportContext, ReadContext } from "../records";
import { cleanText } from "../text";
import { checkRow, optionalTextSchema, titleSchema, yearSchema } from "../validation";
import { countriesFromLead } from "../lead-countries";

const WIKIPEDIA_LICENSE = "CC BY-SA 4.0";

/** The scraper's genres that the catalogue names otherwise, and labels that are not genres. */
const GENRE_SYNONYMS: Record<string, string[]> = {
  Animated: ["Animation"],
  Historical: ["History"],
  Noir: ["Film Noir"],
  Sports: ["Sport"],
  "Live Action": [],
  Independent: [],
};

// A few titles carry the CSS of a Wikipedia template ("Naked Gun .mw-parser-output .frac{…}33+1⁄3").
const withoutTemplateStyles = (value: unknown) =>
  typeof value === "string" ? value.replace(/\.mw-parser-output[^{]*\{[^}]*\}/g, "") : value;

const wikipediaFilmSchema = z.object({
  title: z.preprocess(withoutTemplateStyles, titleSchema),
  year: yearSchema,
  cast: z.array(z.string()).default([]),
  genres: z.array(z.string()).default([]),
  href: optionalTextSchema,
  extract: optionalTextSchema,
});

type WikipediaFilm = z.infer<typeof wikipediaFilmSchema>;

/**
 * A cast entry as a name, or undefined when it is table-parsing debris ("(", "nominee)", "[a]"). Wiki link
 * brackets and a trailing disambiguator or role ("Harry Carter (actor)") are dropped.
 */
function castName(entry: string) {
  const name = cleanText(entry.replace(/\[\[|\]\]/g, "")).replace(/\s*\([^()]*\)$/, "");
  const isBalanced = (open: string, close: string) => name.split(open).length === name.split(close).length;
  if (!/\p{L}/u.test(name) || /[[\]{}]/.test(name) || !isBalanced("(", ")")) return undefined;
  return name;
}

function toFilmRecord(film: WikipediaFilm, origin: string, isHrefUnique: boolean, context: ReadContext): FilmRecord {
  const { summary } = context;
  const credits: CreditRecord[] = [];
  for (const entry of film.cast) {
    const name = castName(entry);
    if (name) credits.push({ person: { name, externalIds: [] }, role: "cast" });
    else summary.skip("cast names", "parsing debris, not a name", `${origin}: ${JSON.stringify(entry)}`);
  }
  const { genres, notGenres } = catalogueGenres(film.genres.map(cleanText).filter(Boolean), GENRE_SYNONYMS);
  notGenres.forEach((name) => summary.skip("genres", "not a genre", `${origin}: ${name}`));
  const articleUrl = film.href ? `https://en.wikipedia.org/wiki/${film.href}` : undefined;
  return {
    origin,
    // An href shared by several films points at a disambiguation or list page, not at this film.
    externalIds: film.href && isHrefUnique ? [{ source: "wikipedia", id: film.href }] : [],
    title: film.title,
    year: film.year,
    plot: film.extract
      ? { body: film.extract, source: "Wikipedia", sourceUrl: articleUrl, license: WIKIPEDIA_LICENSE }
      : undefined,
    genres,
    countryCodes: countriesFromLead(film.extract),
    credits,
  };
}

const DATASET = "Wikipedia's American films";

/** The keys every film of the dataset has; a first record without them is from another dataset. */
const KEYS_OF_EVERY_FILM = ["title", "year", "cast", "genres"];

/** JSON.parse's complaint, with the line it is on when V8 gives a position ("… in JSON at position 1234"). */
function jsonError(file: InputFile, text: string, error: SyntaxError) {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return new ImportInputError(`${file.name} is not valid JSON (${error.message})`);
  const line = text.slice(0, Number(position)).split("\n").length;
  const isCutShort = Number(position) >= text.trimEnd().length;
  return new ImportInputError(
    `${file.name} line ${line}: ${isCutShort ? "the JSON ends early (cut short?)" : `not valid JSON (${error.message})`}`,
  );
}

async function readFilms(file: InputFile) {
  const text = await readWholeText(file);
  if (text.trim() === "") throw new ImportInputError(`${file.name} is empty`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw error instanceof SyntaxError ? jsonError(file, text, error) : error;
  }
  const films: unknown[] | undefined = Array.isArray(parsed) ? parsed : undefined;
  const first = films?.[0];
  if (!films || (first !== undefined && (typeof first !== "object" || first === null))) {
    throw new ImportInputError(`${file.name} does not look like ${DATASET}: it is not a JSON array of objects`);
  }
  // The first record stands for the file: a dataset of another shape is refused before anything is written.
  if (first) {
    const missing = KEYS_OF_EVERY_FILM.filter((key) => !(key in first));
    if (missing.length > 0)
      throw lacksError(file, DATASET, { part: "its first record", missing, found: Object.keys(first) });
  }
  return films.map((entry, index) => ({ entry, origin: `${file.name} #${index + 1}` }));
}

/** The films of the Wikipedia JSON files among `paths`, read and checked, without touching the database. */
export async function wikipediaFilmRecords(context: ReadContext, paths: string[]): Promise<FilmRecord[]> {
  const { summary } = context;
  const files = await findInputFiles(paths, (name) => /\.json(\.gz)?$/.test(name));
  if (files.length === 0) throw noInputFileError(".json or .json.gz file", paths);

  // Whole files are read first: the dataset is small (26 MB), and hrefs must be counted across all of them.
  const entries = (await Promise.all(files.map(readFilms))).flat();
  const valid: { film: WikipediaFilm; origin: string }[] = [];
  for (const { entry, origin } of entries) {
    const check = checkRow(wikipediaFilmSchema, entry);
    if (check.ok) valid.push({ film: check.value, origin });
    else
      summary.skip(
        "films",
        check.reason,
        `${origin}: ${JSON.stringify((entry as { title?: unknown })?.title ?? null)}`,
      );
  }
  const hrefCounts = new Map<string, number>();
  for (const { film } of valid) if (film.href) hrefCounts.set(film.href, (hrefCounts.get(film.href) ?? 0) + 1);
  return valid.map(({ film, origin }) => toFilmRecord(film, origin, hrefCounts.get(film.href ?? "") === 1, context));
}

export async function importWikipedia(context: ImportContext, paths: string[]) {
  const { progress } = context;
  const records = await wikipediaFilmRecords(context, paths);
  progress.start("wikipedia films", records.length, "films");
  await writeFilmBatches(context, records, (batch) => progress.advance(batch.length));
  progress.finish();
}
