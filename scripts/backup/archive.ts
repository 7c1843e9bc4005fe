// Backup and restore of one database with PostgreSQL's own tools; the CLI (scripts/backup.ts) and the tests call these.
import { open, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { isCustomFormatArchive } from "@/lib/pg-tools";
import { BackupError, findPgToolFor, runPgTool } from "./pg-tools";

/** Writes a custom-format archive (pg_dump -Fc: compressed, restorable selectively and in any order) of the database. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  const pgDump = await findPgToolFor("pg_dump", databaseUrl);
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside and renamed when complete, so a failed run never leaves a truncated file under the real name.
  const partial = `${file}.partial`;
  try {
    await runPgTool(pgDump, databaseUrl, ["--format=custom", `--file=${partial}`]);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
}

/** Fails with one sentence unless the file is an archive that `backupDatabase` could have written. */
export async function assertBackupArchive(file: string): Promise<void> {
  let header: Uint8Array;
  try {
    const handle = await open(file, "r");
    try {
      ({ buffer: header } = await handle.read(new Uint8Array(8), 0, 8, 0));
    } finally {
      await handle.close();
    }
  } catch {
    throw new BackupError(`Cannot read ${file}.`);
  }
  if (!isCustomFormatArchive(header)) {
    throw new BackupError(`${file} is not a pg_dump custom-format archive (the kind npm run db:backup writes).`);
  }
}

/**
 * Replaces the database's contents with the archive's, in place, as one transaction: if any statement fails,
 * PostgreSQL rolls everything back and the previous data stays as it was. That is safer than restoring into a
 * new database and renaming it over the old one, which needs CREATEDB, no open connections, and leaves a window
 * with no database at all. --clean --if-exists drops each object the archive holds before recreating it (objects
 * only the target has, such as tables of newer migrations, stay); --no-owner and --no-privileges make the
 * restoring role own everything, since the roles of the server that was dumped need not exist here.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<Record<string, number>> {
  await assertBackupArchive(file);
  const pgRestore = await findPgToolFor("pg_restore", databaseUrl);
  await runPgTool(pgRestore, databaseUrl, [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    file,
  ]);
  return countRowsPerTable(databaseUrl);
}

/** Exact row counts of the app's tables (schema public), by table name. */
export async function countRowsPerTable(databaseUrl: string): Promise<Record<string, number>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await sql<{ rows: number }[]>`select count(*)::int as rows from ${sql(name)}`;
      counts[name] = row!.rows;
    }
    return counts;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
