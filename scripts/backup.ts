// `npm run db:backup -- [--out FILE]` and `npm run db:restore -- FILE [--yes]`, on DATABASE_URL or the embedded database.
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE, ensureDatabaseExists, openDatabaseServer, type DatabaseServer } from "@/db/postgres-server";
import { backupFileName, describeDatabase } from "@/lib/pg-tools";
import { assertBackupArchive, backupDatabase, restoreDatabase } from "./backup/archive";
import { BackupError } from "./backup/pg-tools";
import { runCli } from "./cli";

const USAGE = `usage: npm run db:backup -- [--out FILE]
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

async function backup(out: string | undefined) {
  // The default lives in the project's backups/ (git-ignored) wherever the command is typed.
  const file = out ? fromInvocationDirectory(out) : path.resolve("backups", backupFileName(new Date()));
  await withServer((server) => backupDatabase(server.url, file));
  console.log(`Backup written to ${file}.`);
  return 0;
}

async function restore(given: string, hasYes: boolean) {
  const file = fromInvocationDirectory(given);
  // Checked before anything is asked or started, so a wrong path fails at once.
  await assertBackupArchive(file);
  return withServer(async (server) => {
    // A fresh clone has no embedded database yet; restoring a backup into it is how one moves to a new machine.
    if (server.isEmbedded) await ensureDatabaseExists(server, DEFAULT_DATABASE);
    const target = describeDatabase(server.url);
    if (!(await confirmRestore(target, file, hasYes))) return 1;
    const counts = await restoreDatabase(server.url, file);
    console.log(`Restored ${file} into ${target}. Rows per table:`);
    const width = Math.max(...Object.keys(counts).map((name) => name.length));
    for (const [table, rows] of Object.entries(counts)) console.log(`  ${table.padEnd(width)}  ${rows}`);
    return 0;
  });
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: "string", short: "o" },
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
    if (task === "backup" && files.length === 0) return await backup(values.out);
    if (task === "restore" && files.length === 1 && !values.out) return await restore(files[0]!, values.yes ?? false);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
  console.error(USAGE);
  return 2;
});
