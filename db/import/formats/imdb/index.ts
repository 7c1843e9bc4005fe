// IMDb's non-commercial TSV datasets (https://developer.imdb.com/non-commercial-datasets/), plain or gzipped:
// title.basics gives the films (titleType "movie" only), title.akas their other titles, title.principals and
// title.crew their credits, name.basics the people credited.
import { findInputFiles, ImportInputError } from "../../read-files";
import type { ImportContext } from "../../records";
import { importCredits } from "./credits";
import { importAkas, importBasics } from "./titles";

const IMDB_FILE = /^(title\.(basics|akas|crew|principals|ratings)|name\.basics)\.tsv(\.gz)?$/;

export async function importImdb(context: ImportContext, paths: string[]) {
  const files = await findInputFiles(paths, (name) => IMDB_FILE.test(name));
  const fileNamed = (base: string) => files.find((file) => file.name.startsWith(`${base}.tsv`));
  const basics = fileNamed("title.basics");
  if (!basics)
    throw new ImportInputError("No title.basics.tsv(.gz) found in the paths given: it is the list of films.");

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
