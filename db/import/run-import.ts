// Runs one format's importer against the catalogue and returns what it did.
import type { Database } from "../client";
import { loadCatalogue } from "./catalogue";
import { importImdb } from "./formats/imdb";
import { importMovieLens } from "./formats/movielens";
import { importNetflix } from "./formats/netflix";
import { importTmdbImages } from "./formats/tmdb-images";
import { importWikipedia } from "./formats/wikipedia";
import { silentProgress, type Progress } from "./progress";
import { ImportInputError } from "./read-files";
import type { ImportContext } from "./records";
import { ImportSummary } from "./summary";

const IMPORTERS: Record<string, (context: ImportContext, paths: string[]) => Promise<void>> = {
  wikipedia: importWikipedia,
  netflix: importNetflix,
  movielens: importMovieLens,
  imdb: importImdb,
  "tmdb-images": importTmdbImages,
};

export const IMPORT_FORMATS = Object.keys(IMPORTERS);
/** Formats that fetch from a service rather than read files: they take no paths. */
export const FORMATS_WITHOUT_PATHS = ["tmdb-images"];

export async function runImport(
  db: Database,
  { format, paths, progress = silentProgress }: { format: string; paths: string[]; progress?: Progress },
) {
  const importer = IMPORTERS[format];
  if (!importer) throw new ImportInputError(`Unknown format "${format}": use one of ${IMPORT_FORMATS.join(", ")}.`);
  const summary = new ImportSummary();
  await importer({ db, catalogue: await loadCatalogue(db), summary, progress }, paths);
  return summary;
}
