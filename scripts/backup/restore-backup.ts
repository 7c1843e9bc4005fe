// `npm run db:restore`: checks an archive (scripts/backup/archive.ts), brings the database to the archive's migration,
// puts the stored images back and replaces every table's rows in one transaction, then migrates forward.
import { createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { knownMigrations, latestAppliedMigration, migrateDatabase, migrateDatabaseUpTo } from "@/db/migrate";
import { describeDatabase, loadOrder, migrationProblem, type BackupManifest } from "@/lib/backup-manifest";
import { IMAGE_FILE_NAME, posterDirectory } from "@/lib/image-files";
import { BackupError, unpackArchive } from "./archive";
import { copyTableIn, listForeignKeys, listTables, openBackupConnection } from "./tables";

export interface OpenedBackup {
  name: string;
  manifest: BackupManifest;
  /** The archive's tag for its migration, known to this app. */
  migrationTag: string;
  /** Where the archive was unpacked and checked. */
  staging: string;
  dispose: () => Promise<void>;
}

/**
 * Unpacks and checks an archive before anything is asked or changed: complete, intact, and of a migration this app
 * knows. Fails with one sentence otherwise.
 */
export async function openBackup(file: string): Promise<OpenedBackup> {
  const name = path.basename(file);
  const staging = await mkdtemp(path.join(tmpdir(), "marquee-restore-"));
  // Retried: when tar gives up on a damaged archive, its last file writes may still be landing in the directory.
  const dispose = () => rm(staging, { recursive: true, force: true, maxRetries: 5 });
  try {
    const manifest = await unpackArchive(file, staging);
    const known = await knownMigrations();
    const problem = migrationProblem(name, manifest.migration, known);
    if (problem) throw new BackupError(problem);
    const migrationTag = known.find((step) => step.createdAt === manifest.migration.createdAt)!.tag;
    return { name, manifest, migrationTag, staging, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Replaces the database's contents and adds the archive's images; answers rows per table. The database ends at this
 * app's newest migration: an older archive is loaded at its own migration, then migrated forward like any database.
 */
export async function restoreBackup(
  databaseUrl: string,
  backup: OpenedBackup,
  { imageDirectory = posterDirectory() } = {},
): Promise<Record<string, number>> {
  await migrateToArchive(databaseUrl, backup);
  await restoreImages(backup, imageDirectory);
  const counts = await loadTables(databaseUrl, backup);
  await migrateDatabase(databaseUrl);
  return counts;
}

/** Opens, restores and cleans up: the whole restore for callers that ask nothing in between. */
export async function restoreDatabase(databaseUrl: string, file: string, options?: { imageDirectory?: string }) {
  const backup = await openBackup(file);
  try {
    return await restoreBackup(databaseUrl, backup, options);
  } finally {
    await backup.dispose();
  }
}

async function migrateToArchive(databaseUrl: string, backup: OpenedBackup) {
  const sql = openBackupConnection(databaseUrl);
  const current = await latestAppliedMigration(sql).finally(() => sql.end({ timeout: 5 }));
  // Migrations only go forward: an archive older than the database's schema cannot be loaded into it.
  if (current && current.createdAt > backup.manifest.migration.createdAt) {
    throw new BackupError(
      `${describeDatabase(databaseUrl)} is at a newer migration than ${backup.name} (${backup.migrationTag}): ` +
        `restore into an empty database (for the embedded one, stop Marquee and move .data/postgres aside first).`,
    );
  }
  if (!current || current.createdAt < backup.manifest.migration.createdAt) {
    await migrateDatabaseUpTo(databaseUrl, backup.migrationTag);
  }
}

/**
 * Images go back first: a file no row names yet is harmless, a row naming a missing file is not. Each is written
 * under a temporary name in the directory and renamed, so a file under a picture's name is always whole.
 */
async function restoreImages({ name, manifest, staging }: OpenedBackup, imageDirectory: string) {
  await mkdir(imageDirectory, { recursive: true });
  for (const image of manifest.images) {
    if (!IMAGE_FILE_NAME.test(image.name))
      throw new BackupError(`${name} names an image ${image.name} Marquee never wrote.`);
    const partial = path.join(imageDirectory, `.${image.name}.restoring`);
    await copyFile(path.join(staging, image.file), partial);
    await rename(partial, path.join(imageDirectory, image.name));
  }
}

/**
 * One transaction: empty every table, COPY each archived table back in foreign-key order, set the sequences. If
 * anything fails, PostgreSQL rolls it all back and the previous data stays as it was.
 *
 * The tables' own triggers are switched off for the load (ALTER TABLE … DISABLE TRIGGER USER, undone before the
 * commit, and by a rollback): they derive data (search words, rating stats) or rewrite a row on insert (the curated
 * title's `title_source`), and the archive already holds their results, which must come back byte for byte.
 * `session_replication_role = replica` would do the same but needs a superuser, and would skip the foreign-key checks
 * that, kept on here, prove the restored data whole; disabling user triggers needs only the tables' owner, the role
 * that migrated them.
 */
async function loadTables(databaseUrl: string, { name, manifest, staging }: OpenedBackup) {
  const sql = openBackupConnection(databaseUrl);
  try {
    return await sql.begin(async (tx) => {
      assertSameTables(name, manifest, await listTables(tx));
      const order = loadOrder(
        manifest.tables.map((table) => table.name),
        await listForeignKeys(tx),
      );
      const byName = new Map(manifest.tables.map((table) => [table.name, table]));
      await tx`truncate ${tx(order)}`;
      for (const table of order) await tx`alter table ${tx(table)} disable trigger user`;
      for (const table of order) {
        const { file, columns } = byName.get(table)!;
        await copyTableIn(tx, { name: table, columns }, createReadStream(path.join(staging, file)));
      }
      for (const table of order) await tx`alter table ${tx(table)} enable trigger user`;
      for (const { name: sequence, lastValue, isCalled } of manifest.sequences) {
        await tx`select setval(format('%I', ${sequence}::text)::regclass, ${lastValue}::bigint, ${isCalled})`;
      }
      const counts: Record<string, number> = {};
      for (const table of manifest.tables) {
        const [row] = await tx<{ rows: number }[]>`select count(*)::int as rows from ${tx(table.name)}`;
        if (row!.rows !== table.rows) {
          throw new BackupError(`${name} is damaged: ${table.name} loaded ${row!.rows} rows, not ${table.rows}.`);
        }
        counts[table.name] = row!.rows;
      }
      return counts;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The database, at the archive's migration, must have the archive's tables and columns: anything else is not ours. */
function assertSameTables(name: string, manifest: BackupManifest, present: { name: string; columns: string[] }[]) {
  const shape = (tables: { name: string; columns: string[] }[]) =>
    JSON.stringify(tables.map((table) => [table.name, [...table.columns].sort()]).sort());
  if (shape(present) !== shape(manifest.tables)) {
    throw new BackupError(
      `The database's tables differ from those in ${name}, though both are at migration ${manifest.migration.tag}: restore into an empty database.`,
    );
  }
}
