// IMDb's non-commercial TSV datasets (https://developer.imdb.com/non-commercial-datasets/), plain or gzipped:
// title.basics gives the films (titleType "movie" only), title.akas their other titles, title.principals and
// title.crew their credits, name.basics the people credited.
import { expectTable, findInputFiles, noInputFileError } from "../../read-files";
import type { ImportContext } from "../../records";
import { importCredits } from "./credits";
import { importAkas, importBasics } from "./titles";

const IMDB_FILE = /^(title\.(basics|akas|crew|principals|ratings)|name\.basics)\.tsv(\.gz)?$/;

/** The files the import reads, by name, with the columns it reads from each; title.ratings is only noted. */
const IMDB_COLUMNS: Record<string, string[]> = {
  "title.basics": ["tconst", "titleType", "primaryTitle", "originalTitle", "startYear", "runtimeMinutes", "genres"],
  "title.akas": ["titleId", "title", "region", "language", "types", "isOriginalTitle"],
  "title.principals": ["tconst", "ordering", "nconst", "category", "characters"],
  "title.crew": ["tconst", "directors", "writers"],
  "name.basics": ["nconst", "primaryName"],
};

export async function importImdb(context: ImportContext, paths: string[]) {
  const files = await findInputFiles(paths, (name) => IMDB_FILE.test(name));
  const fileNamed = (base: string) => files.find((file) => file.name.startsWith(`${base}.tsv`));
  const basics = fileNamed("title.basics");
  if (!basics) throw noInputFileError("title.basics.tsv or title.basics.tsv.gz", paths, "it is the list of films");
  // Every file is checked before any is read: the later ones are read after films are written.
  for (const [base, columns] of Object.entries(IMDB_COLUMNS)) {
    const file = fileNamed(base);
    if (file) await expectTable(file, { description: `IMDb's ${base}`, columns, separator: "\t" });
  }

  const films = await importBasics(context, basics);
  const akas = fileNamed("title.akas");
  if (akas) await importAkas(context, akas, films);

  const principals = fileNamed("title.principals");
  const crew = fileNamed("title.crew");
  const names = fileNamed("name.basics");
  if (names) await importCredits(context, { principals, crew, names }, films);
  else if (principals || crew)
    context.summary.note("credits were not imported: they need name.basics.tsv for the people's names.");

  if (fileNamed("title.ratings")) {
    context.summary.note(
      "title.ratings.tsv was not imported: it holds IMDb's average and vote count only, and Marquee's ratings " +
        "are its members' own, counted one by one (film_rating_stats), so an average cannot be added to them.",
    );
  }
}
