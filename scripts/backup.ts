// `npm run db:backup -- [--out FILE] [--keep N]` and `npm run db:restore -- FILE [--yes]`, on DATABASE_URL or the
// embedded database.
import { stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { EVERY_PAGE_TAG, recordInvalidation } from "@/cache-handlers/shared-tags";
import { DEFAULT_DATABASE, ensureDatabaseExists, openDatabaseServer, type DatabaseServer } from "@/db/postgres-server";
import { backupFileName, describeDatabase } from "@/lib/backup-manifest";
import { BackupError } from "./backup/archive";
import { openBackup, restoreBackup } from "./backup/restore-backup";
import { backupDatabase, pruneBackups } from "./backup/take-backup";
import { runCli } from "./cli";

const USAGE = `usage: npm run db:backup -- [--out FILE] [--keep N]
       npm run db:restore -- FILE [--yes]`;

/** npm runs scripts from the package root; paths are meant relative to where the command was typed. */
function fromInvocationDirectory(given: string) {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
}

async function withServer<Result>(work: (server: DatabaseServer) => Promise<Result>): Promise<Result> {
  const server = await openDatabaseServer();
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

/** A restore replaces data: a terminal is asked, anything else must have said --yes. */
async function confirmRestore(target: string, file: string, hasYes: boolean): Promise<boolean> {
  if (hasYes) return true;
  if (!process.stdin.isTTY) {
    console.error(`Restoring replaces the data in ${target}; run again with --yes to confirm.`);
    return false;
  }
  const input = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await input.question(`Replace the data in ${target} with ${file}? Type "yes" to continue: `);
    return answer.trim().toLowerCase() === "yes";
  } finally {
    input.close();
  }
}

function parseKeep(given: string | undefined): number | undefined {
  if (given === undefined) return undefined;
  const keep = Number(given);
  if (!Number.isInteger(keep) || keep < 1)
    throw new BackupError(`--keep must be a whole number of at least 1 (got ${given}).`);
  return keep;
}

async function backup(out: string | undefined, keep: number | undefined) {
  // The default lives in the project's backups/ (git-ignored) wherever the command is typed.
  const file = out ? fromInvocationDirectory(out) : path.resolve("backups", backupFileName(new Date()));
  const manifest = await withServer((server) => backupDatabase(server.url, file));
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backup written to ${file} (${((await stat(file)).size / 1e6).toFixed(1)} MB: ${rows} rows in ` +
      `${manifest.tables.length} tables, ${manifest.images.length} images).`,
  );
  if (keep !== undefined) {
    const pruned = await pruneBackups(path.dirname(file), keep);
    if (pruned.length > 0)
      console.log(`Removed ${pruned.length} older backup${pruned.length === 1 ? "" : "s"}: ${pruned.join(", ")}.`);
  }
  return 0;
}

/**
 * Pages cached from the data a restore replaced, in a running app's memory or on disk for its next start, must not be
 * served again: as after an import, every app server drops every page it has cached.
 */
async function forgetCachedPages(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await recordInvalidation(sql, [EVERY_PAGE_TAG], { from: "db:restore" });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function restore(given: string, hasYes: boolean) {
  const file = fromInvocationDirectory(given);
  // Checked before anything is asked or started, so a wrong, damaged or too new file fails at once.
  const opened = await openBackup(file);
  try {
    return await withServer(async (server) => {
      // A fresh clone has no embedded database yet; restoring a backup into it is how one moves to a new machine.
      if (server.isEmbedded) await ensureDatabaseExists(server, DEFAULT_DATABASE);
      const target = describeDatabase(server.url);
      if (!(await confirmRestore(target, file, hasYes))) return 1;
      const counts = await restoreBackup(server.url, opened);
      await forgetCachedPages(server.url);
      console.log(`Restored ${file} (${opened.manifest.images.length} images) into ${target}. Rows per table:`);
      const width = Math.max(...Object.keys(counts).map((name) => name.length));
      for (const [table, rows] of Object.entries(counts)) console.log(`  ${table.padEnd(width)}  ${rows}`);
      return 0;
    });
  } finally {
    await opened.dispose();
  }
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: "string", short: "o" },
      keep: { type: "string" },
      yes: { type: "boolean", short: "y" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  const [task, ...files] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    if (task === "backup" && files.length === 0) return await backup(values.out, parseKeep(values.keep));
    if (task === "restore" && files.length === 1 && !values.out && !values.keep) {
      return await restore(files[0]!, values.yes ?? false);
    }
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
  console.error(USAGE);
  return 2;
});
