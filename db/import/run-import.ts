// Runs one format's importer against the catalogue and returns what it did.
import os from "node:os";
import type { Database } from "../client";
import { recordImportRun } from "../mutations/audit";
import { loadCatalogue } from "./catalogue";
import { lastPersonId, linkNamesakesByCredit } from "./namesakes";
import { importImdb } from "./formats/imdb";
import { importMovieLens } from "./formats/movielens";
import { importNetflix } from "./formats/netflix";
import { importTmdbImages } from "./formats/tmdb-images";
import { importWikipedia } from "./formats/wikipedia";
import { silentProgress, type Progress } from "./progress";
import { ImportInputError } from "./read-files";
import type { ExternalSource } from "./entity-index";
import type { ImportContext } from "./records";
import { ImportSummary } from "./summary";

type Importer = (context: ImportContext, paths: string[]) => Promise<void>;

/** Each format's importer, and the source its rows are credited to (credits, titles, names as the source spells them). */
const IMPORTERS: Record<string, { importer: Importer; source: ExternalSource }> = {
  wikipedia: { importer: importWikipedia, source: "wikipedia" },
  netflix: { importer: importNetflix, source: "netflix" },
  movielens: { importer: importMovieLens, source: "movielens" },
  imdb: { importer: importImdb, source: "imdb" },
  "tmdb-images": { importer: importTmdbImages, source: "tmdb" },
};

export const IMPORT_FORMATS = Object.keys(IMPORTERS);
/** Formats that fetch from a service rather than read files: they take no paths. */
export const FORMATS_WITHOUT_PATHS = ["tmdb-images"];

export async function runImport(
  db: Database,
  {
    format,
    paths,
    progress = silentProgress,
    ranBy = `${os.userInfo().username}@${os.hostname()}`,
    includeAdult = false,
  }: { format: string; paths: string[]; progress?: Progress; ranBy?: string; includeAdult?: boolean },
) {
  const { importer, source } = IMPORTERS[format] ?? {};
  if (!importer || !source)
    throw new ImportInputError(`Unknown format "${format}": use one of ${IMPORT_FORMATS.join(", ")}.`);
  const summary = new ImportSummary();
  // What the audit log keeps of the run, whichever way it ends: admins see who changed the catalogue, and how much.
  const auditRun = (outcome: string) =>
    recordImportRun(db, { format, files: paths, ranBy, includeAdult, outcome, ...summary.auditFields() });
  const lastPersonBefore = await lastPersonId(db);
  try {
    await importer({ db, catalogue: await loadCatalogue(db), summary, progress, includeAdult, source }, paths);
  } catch (error) {
    progress.stop();
    const stopped = error instanceof ImportInputError ? withWhatWasWritten(error, summary) : error;
    // The batches written are kept; their people are linked now, as the next run only links people it creates.
    if (error instanceof ImportInputError) await linkNamesakesByCredit(db, lastPersonBefore, summary);
    // When the database itself is what failed, the entry cannot be written: the import's own error is what to report.
    await auditRun(`stopped: ${stopped instanceof Error ? stopped.message : String(stopped)}`).catch(() => undefined);
    throw stopped;
  }
  await linkNamesakesByCredit(db, lastPersonBefore, summary);
  await auditRun("completed");
  return summary;
}

/**
 * A file found wrong partway says what the run had written by then: batches are committed as they go, and a run
 * with the file made whole matches them and goes on (see writeFilmBatches).
 */
function withWhatWasWritten(error: ImportInputError, summary: ImportSummary) {
  const written = summary.written();
  if (!written) return error;
  return new ImportInputError(
    `${error.message}; stopped after writing ${written} (kept: running the import again goes on from there)`,
  );
}
