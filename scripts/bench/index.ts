// `npm run bench`: builds (or reuses) a scale database, runs the app on it under load and writes docs/benchmarks.md;
// `npm run bench -- --imports` measures the IMDb import instead (imdb-scale/), `-- --profile` only profiles first
// renders (render-profile.ts).
// Where the database lives: DATABASE_URL's server, else TEST_DATABASE_URL's, else the embedded one.
import { openDatabaseServer } from "@/db/postgres-server";
import { runCli } from "../cli";
import { benchPasswordHash } from "./accounts";
import { useBenchPort } from "./app-server";
import { BENCHMARKS_DOC, writeBenchmarksDoc } from "./benchmarks-doc";
import { describeServer } from "./environment";
import { runImportBench } from "./imdb-scale";
import { parseBenchOptions } from "./options";
import { progress } from "./progress";
import { formatResults, renderProfileLines } from "./report";
import { profileUnvisitedPages, runBenchmark } from "./run";
import { prepareScaleDatabase } from "./scale-data";

// Ctrl-C ends the run through process.exit, whose handlers stop the app server's process group.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

runCli(async () => {
  const options = parseBenchOptions(process.argv.slice(2));
  useBenchPort(options.port);
  const server = await openDatabaseServer(["DATABASE_URL", "TEST_DATABASE_URL"]);
  try {
    if (options.imports) return await runImportBench(server, options.imports);
    const database = await prepareScaleDatabase(server, options.size, {
      isRebuild: options.isRebuild,
      passwordHash: benchPasswordHash,
    });
    if (options.isProfileOnly) {
      console.log(`\n${renderProfileLines(await profileUnvisitedPages(database.url)).join("\n")}`);
      return;
    }
    const results = await runBenchmark(database.url, describeServer(server, database.url), options);
    const section = formatResults(results);
    console.log(`\n${section}\n`);
    await writeBenchmarksDoc(options.size, section);
    progress(`written to ${BENCHMARKS_DOC}`);
  } finally {
    await server.close();
  }
});
