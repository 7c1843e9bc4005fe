// `npm run db:backup`: the database and the stored images in one archive (scripts/backup/archive.ts), made over the
// app's own connection, so it needs no PostgreSQL client tools and works on the embedded server as on an operator's.
import { createWriteStream } from "node:fs";
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import { knownMigrations, latestAppliedMigration } from "@/db/migrate";
import {
  BACKUP_FORMAT_VERSION,
  backupsToPrune,
  describeDatabase,
  MANIFEST_FILE,
  type BackupManifest,
} from "@/lib/backup-manifest";
import { IMAGE_FILE_NAME, posterDirectory } from "@/lib/image-files";
import { BackupError, DigestingStream, fileDigest, IMAGES_DIRECTORY, packArchive, TABLES_DIRECTORY } from "./archive";
import { copyTableOut, listTables, openBackupConnection, readSequences, type TableColumns } from "./tables";

/**
 * Writes the archive to `file` and answers its manifest. The tables are read as text (COPY … TO STDOUT, streamed to
 * disk), not in COPY's binary form nor with pg_dump: text is what every PostgreSQL major version reads back, so a
 * backup taken on the embedded 18 restores on an operator's 15 and into the next embedded major alike, and one format
 * serves every install instead of a second path for servers that happen to have a matching pg_dump.
 */
export async function backupDatabase(
  databaseUrl: string,
  file: string,
  { imageDirectory = posterDirectory() } = {},
): Promise<BackupManifest> {
  await mkdir(path.dirname(file), { recursive: true });
  // Staged beside the archive: the operator chose that disk for backups, and the tables' text must fit somewhere.
  const staging = await mkdtemp(path.join(path.dirname(file), ".marquee-backup-"));
  try {
    const database = await stageDatabase(databaseUrl, staging);
    // Listed after the database's snapshot: a picture's file is written before any row names it and never removed,
    // so every picture the snapshot refers to is here.
    const images = await stageImages(imageDirectory, staging);
    const manifest: BackupManifest = {
      format: "marquee-backup",
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: await appVersion(),
      createdAt: new Date().toISOString(),
      ...database,
      images,
    };
    await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
    await packArchive(staging, manifest, file);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function appVersion() {
  const packageJson = JSON.parse(await readFile(path.resolve(process.cwd(), "package.json"), "utf8")) as {
    version: string;
  };
  return packageJson.version;
}

async function stageDatabase(databaseUrl: string, staging: string) {
  const sql = openBackupConnection(databaseUrl);
  try {
    // One snapshot for every table and sequence: the archive is the database at one instant, while the app serves on.
    return await sql.begin("isolation level repeatable read read only", async (tx) => {
      const migration = await latestAppliedMigration(tx);
      if (!migration) {
        throw new BackupError(
          `${describeDatabase(databaseUrl)} has no Marquee migrations applied: nothing to back up.`,
        );
      }
      const tag = (await knownMigrations()).find((known) => known.createdAt === migration.createdAt)?.tag ?? null;
      const [server] = await tx<{ version: string }[]>`select current_setting('server_version') as version`;
      await mkdir(path.join(staging, TABLES_DIRECTORY));
      const tables = [];
      for (const table of await listTables(tx)) tables.push(await stageTable(tx, table, staging));
      return {
        serverVersion: server!.version,
        migration: { tag, ...migration },
        tables,
        sequences: await readSequences(tx),
      };
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function stageTable(tx: postgres.TransactionSql, table: TableColumns, staging: string) {
  const { name, columns } = table;
  const file = path.posix.join(TABLES_DIRECTORY, `${name}.copy`);
  const digest = new DigestingStream();
  await pipeline(await copyTableOut(tx, table), digest, createWriteStream(path.join(staging, file)));
  // In COPY's text form a row is one line: newlines inside values are written as \n.
  return { name, columns, file, rows: digest.lines, bytes: digest.bytes, sha256: digest.sha256 };
}

async function stageImages(imageDirectory: string, staging: string) {
  const names = await readdir(imageDirectory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  await mkdir(path.join(staging, IMAGES_DIRECTORY));
  const images = [];
  for (const name of names.filter((candidate) => IMAGE_FILE_NAME.test(candidate)).sort()) {
    const file = path.posix.join(IMAGES_DIRECTORY, name);
    const staged = path.join(staging, file);
    // A hard link costs no copy; a picture's bytes never change under its name. Another disk needs a real copy.
    await link(path.join(imageDirectory, name), staged).catch(() => copyFile(path.join(imageDirectory, name), staged));
    images.push({ name, file, ...(await fileDigest(staged)) });
  }
  return images;
}

/** Removes the archives this tool named in `directory` but the newest `keep`; answers the names removed. */
export async function pruneBackups(directory: string, keep: number): Promise<string[]> {
  const pruned = backupsToPrune(await readdir(directory), keep);
  for (const name of pruned) await rm(path.join(directory, name), { force: true });
  return pruned;
}
