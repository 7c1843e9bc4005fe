// What a backup archive (npm run db:backup) says about itself, and the pure decisions made from it: whether this app
// can restore it, the order tables load in, which old archives a `--keep N` prunes.
import { z } from "zod";

/** Raised when the archive's layout or meaning changes; a restore refuses formats it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A file of the archive: its path inside it, its size and its SHA-256, checked before anything is restored. */
const archivedFile = z.object({ file: z.string().min(1), bytes: z.number().int().nonnegative(), sha256 });

export const backupManifestSchema = z.object({
  format: z.literal("marquee-backup"),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  /** The server the backup was taken from, for the operator's information only: the data is in text form. */
  serverVersion: z.string(),
  /** The newest migration applied to the backed-up database, as drizzle records it (created_at is the journal's `when`). */
  migration: z.object({ tag: z.string().nullable(), createdAt: z.number().int(), hash: z.string() }),
  tables: z.array(
    archivedFile.extend({ name: z.string().min(1), columns: z.array(z.string()).min(1), rows: z.number().int() }),
  ),
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string(), isCalled: z.boolean() })),
  images: z.array(archivedFile.extend({ name: z.string().min(1) })),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type ArchivedFile = z.infer<typeof archivedFile>;

export interface KnownMigration {
  tag: string;
  /** The journal's `when`, which drizzle stores as the migration's created_at. */
  createdAt: number;
}

/**
 * Why this app cannot restore an archive of that migration, as one sentence, or undefined when it can. An archive
 * from a newer Marquee holds tables or columns this one does not know; going back is never attempted.
 */
export function migrationProblem(
  archiveName: string,
  migration: BackupManifest["migration"],
  known: KnownMigration[],
): string | undefined {
  if (known.some((step) => step.createdAt === migration.createdAt)) return undefined;
  const newest = known.at(-1);
  const archived = migration.tag ?? `of ${new Date(migration.createdAt).toISOString()}`;
  if (!newest || migration.createdAt > newest.createdAt) {
    return (
      `${archiveName} was made by a newer Marquee (its database is at migration ${archived}, ` +
      `this one knows up to ${newest?.tag ?? "none"}): upgrade Marquee, then restore it.`
    );
  }
  return `${archiveName} is at migration ${archived}, which this Marquee does not know: restore it with the Marquee that made it.`;
}

export interface ForeignKey {
  table: string;
  references: string;
}

/**
 * The tables in an order where each comes after the tables it references, so that foreign keys hold after every
 * COPY; ties keep the given order. A cycle cannot be loaded that way and is a schema error.
 */
export function loadOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const pending = [...tables];
  while (pending.length > 0) {
    const ready = pending.find((table) =>
      foreignKeys.every((key) => key.table !== table || key.references === table || placed.has(key.references)),
    );
    if (!ready) throw new Error(`Foreign keys form a cycle among ${pending.join(", ")}.`);
    ordered.push(ready);
    placed.add(ready);
    pending.splice(pending.indexOf(ready), 1);
  }
  return ordered;
}

/** The default archive name, sortable and free of characters that trouble file systems: marquee-20250102T030405Z.tar.gz. */
export function backupFileName(takenAt: Date): string {
  const stamp = takenAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
  return `marquee-${stamp}.tar.gz`;
}

const BACKUP_FILE_NAME = /^marquee-\d{8}T\d{6}Z\.tar\.gz$/;

/** Of a directory's file names, the archives this tool named that fall outside the newest `keep`. */
export function backupsToPrune(names: string[], keep: number): string[] {
  // The names sort by the time in them, so the newest come last.
  return names
    .filter((name) => BACKUP_FILE_NAME.test(name))
    .sort()
    .reverse()
    .slice(keep);
}

/** Where a database is, for messages: host, port and database name, never the credentials. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.hostname}:${url.port || 5432}`;
}
