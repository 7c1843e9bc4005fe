import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import type postgres from "postgres";
import { createDatabase } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

export async function migrateDatabase(url: string, migrationsFolder = MIGRATIONS_FOLDER) {
  const { db, sql } = createDatabase(url, { maxConnections: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

interface JournalEntry {
  tag: string;
  /** What drizzle stores as the migration's created_at once it is applied. */
  when: number;
}

async function readJournal(migrationsFolder: string) {
  const journalPath = path.join(migrationsFolder, "meta", "_journal.json");
  return { journalPath, journal: JSON.parse(await readFile(journalPath, "utf8")) as { entries: JournalEntry[] } };
}

/** The migrations this app knows, oldest first. */
export async function knownMigrations(migrationsFolder = MIGRATIONS_FOLDER) {
  const { journal } = await readJournal(migrationsFolder);
  return journal.entries.map((entry) => ({ tag: entry.tag, createdAt: entry.when }));
}

/**
 * Applies the migrations up to and including `lastTag`, no further: a database as it stood when that one landed
 * (a backup of that time is restored at its own migration, then migrated forward). drizzle's migrator applies a
 * folder's whole journal, so it is given a copy of the folder whose journal ends there.
 */
export async function migrateDatabaseUpTo(url: string, lastTag: string) {
  const folder = await mkdtemp(path.join(tmpdir(), "marquee-migrations-"));
  try {
    await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
    const { journalPath, journal } = await readJournal(folder);
    const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
    if (last === -1) throw new Error(`No migration ${lastTag} in ${MIGRATIONS_FOLDER}.`);
    await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
    await migrateDatabase(url, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The newest migration applied to the database, as drizzle recorded it, or undefined for a database never migrated. */
export async function latestAppliedMigration(sql: postgres.Sql | postgres.TransactionSql) {
  const [journal] = await sql<{ exists: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as exists`;
  if (!journal!.exists) return undefined;
  const [latest] = await sql<{ hash: string; createdAt: string }[]>`
    select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by created_at desc limit 1`;
  return latest && { hash: latest.hash, createdAt: Number(latest.createdAt) };
}
