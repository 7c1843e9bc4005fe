// `npm run bench -- --imports`: generates IMDb's files at a scale of their real size, imports them with the real
// command into a scratch database (dropped after), and writes the figures to docs/benchmarks.md. The files go to the
// system's temporary directory and are deleted after, however the run ends, unless --keep is given.
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { dropDatabase, ensureDatabaseExists, type DatabaseServer } from "@/db/postgres-server";
import { BENCHMARKS_DOC, writeImportBenchmark } from "../benchmarks-doc";
import { describeEnvironment, describeServer } from "../environment";
import type { ImportBenchOptions } from "../options";
import { progress } from "../progress";
import { generateImdbFiles, titlesAtScale } from "./generate";
import { measureImport } from "./measure-import";
import { formatImportResults } from "./report";

/** One name, so that a run cut short leaves nothing the next run does not drop first. */
const DATABASE = "marquee_bench_imdb_import";

async function createScratchDatabase(server: DatabaseServer) {
  await dropDatabase(server, DATABASE);
  await ensureDatabaseExists(server, DATABASE);
  const url = server.urlFor(DATABASE);
  await migrateDatabase(url);
  return url;
}

async function machineOf(server: DatabaseServer, databaseUrl: string, loadAverageAtStart: number) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await describeEnvironment(sql, describeServer(server, databaseUrl), loadAverageAtStart);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function runImportBench(server: DatabaseServer, { scale, isKeepingFiles }: ImportBenchOptions) {
  const loadAverageAtStart = os.loadavg()[0]!;
  const dir = await mkdtemp(path.join(os.tmpdir(), `marquee-imdb-${scale}-`));
  // Synchronous, so that it also runs when Ctrl-C ends the bench through process.exit.
  const removeFiles = () => rmSync(dir, { recursive: true, force: true });
  if (!isKeepingFiles) process.once("exit", removeFiles);
  try {
    progress(`generating IMDb's files at scale ${scale} in ${dir}`);
    const files = await generateImdbFiles(dir, {
      titles: titlesAtScale(scale),
      onProgress: (message) => progress(`generating ${message}`),
    });
    progress(`generated in ${files.seconds.toFixed(1)} s; importing them with tsx scripts/import.ts`);
    const databaseUrl = await createScratchDatabase(server);
    try {
      const run = await measureImport(dir, databaseUrl, (line) => console.error(`  ${line}`));
      const environment = await machineOf(server, databaseUrl, loadAverageAtStart);
      const section = formatImportResults({ scale, files, run, environment });
      console.log(`\n${section}\n`);
      if (run.exitCode !== 0) throw new Error(`The import failed (exit code ${run.exitCode}): not written to the doc.`);
      await writeImportBenchmark(scale, section);
      progress(`written to ${BENCHMARKS_DOC}`);
    } finally {
      await dropDatabase(server, DATABASE);
    }
  } finally {
    if (isKeepingFiles) progress(`the files are kept in ${dir}`);
    else removeFiles();
  }
}
