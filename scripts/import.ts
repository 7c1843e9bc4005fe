// `npm run db:import -- --format <format> <path…>`: bulk-imports a dataset (or, with tmdb-images, TMDB's pictures)
// into the app's database (DATABASE_URL, or the embedded one), with progress on stderr and a summary of what was
// imported, updated and skipped on stdout.
import path from "node:path";
import { parseArgs } from "node:util";
import { EVERY_PAGE_TAG, recordInvalidation } from "@/cache-handlers/shared-tags";
import { FORMATS_WITHOUT_PATHS, IMPORT_FORMATS, runImport } from "@/db/import/run-import";
import { createProgress } from "@/db/import/progress";
import { ImportInputError } from "@/db/import/read-files";
import { withAppDatabase } from "./app-database";
import { INDEPENDENT_WRITES_AT_ONCE } from "@/db/import/batches";
import { runCli } from "./cli";

const FILE_FORMATS = IMPORT_FORMATS.filter((format) => !FORMATS_WITHOUT_PATHS.includes(format));
const USAGE = `usage: npm run db:import -- --format <${FILE_FORMATS.join("|")}> <path…>
       npm run db:import -- --format ${FORMATS_WITHOUT_PATHS.join("|")}
  wikipedia    the decade files of prust/wikipedia-movie-data (.json or .json.gz), or their directory
  netflix      netflix_titles.csv (movies only)
  movielens    a MovieLens directory: movies.csv, links.csv, ratings.csv
  imdb         IMDb's TSV files (title.basics, title.akas, title.crew, title.principals, name.basics), or their directory;
               titles IMDb marks as adult are skipped unless --include-adult is given
  tmdb-images  no path: TMDB's posters and profile photos for the films and people with an IMDb id and no picture
               yet (needs TMDB_API_KEY, a TMDB API key or read access token)`;

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      format: { type: "string", short: "f" },
      "include-adult": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const takesPaths = FILE_FORMATS.includes(values.format ?? "");
  if (!values.format || !IMPORT_FORMATS.includes(values.format) || takesPaths !== positionals.length > 0) {
    console.error(USAGE);
    return 2;
  }
  // npm runs scripts from the package root; paths are meant relative to where the command was typed.
  const paths = positionals.map((given) => path.resolve(process.env.INIT_CWD ?? process.cwd(), given));

  // An import commits thousands of batches: none waits for its WAL to reach the disk. A server crash may lose the
  // last fraction of a second of them, which the next run, resuming, writes again.
  return withAppDatabase(
    async (db, sql) => {
      const startedAt = performance.now();
      try {
        const summary = await runImport(db, {
          format: values.format!,
          paths,
          progress: createProgress(),
          includeAdult: values["include-adult"] ?? false,
        });
        // An import can touch any film, person or list: every running app server drops every page it has cached.
        await recordInvalidation(sql, [EVERY_PAGE_TAG], { from: "db:import" });
        console.log(summary.toText());
        console.log(`took ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
        return 0;
      } catch (error) {
        if (!(error instanceof ImportInputError)) throw error;
        console.error(error.message);
        return 1;
      }
    },
    // One connection per batch written at once (db/import/batches.ts).
    { settings: { synchronous_commit: "off" }, maxConnections: INDEPENDENT_WRITES_AT_ONCE },
  );
});
