// The Wikipedia American films dataset (prust/wikipedia-movie-data): JSON arrays of films, one file per decade,
// plain or gzipped. Every film is American; the lead-section extract becomes a plot credited to Wikipedia.
import { z } from "zod";
import { writeFilmBatches } from "../films";
import { catalogueGenres } from "../genres";
import { findInputFiles, ImportInputError, readWholeText, type InputFile } from "../read-files";
import type { CreditRecord, FilmRecord, ImportContext, ReadContext } from "../records";
import { cleanText } from "../text";
import { checkRow, optionalTextSchema, titleSchema, yearSchema } from "../validation";

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
    countryCodes: ["US"],
    credits,
  };
}

async function readFilms(file: InputFile) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readWholeText(file));
  } catch (error) {
    throw new ImportInputError(`${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new ImportInputError(`${file.name} is not a JSON array of films.`);
  return parsed.map((entry, index) => ({ entry: entry as unknown, origin: `${file.name} #${index + 1}` }));
}

/** The films of the Wikipedia JSON files among `paths`, read and checked, without touching the database. */
export async function wikipediaFilmRecords(context: ReadContext, paths: string[]): Promise<FilmRecord[]> {
  const { summary } = context;
  const files = await findInputFiles(paths, (name) => /\.json(\.gz)?$/.test(name));
  if (files.length === 0) throw new ImportInputError("No .json or .json.gz files found in the paths given.");

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
