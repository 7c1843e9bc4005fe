// Pure helpers for driving PostgreSQL's own client tools (pg_dump, pg_restore) from the backup scripts.

export type PgTool = "pg_dump" | "pg_restore";

/** The major version in `pg_dump --version` output, e.g. "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → 15. */
export function parsePgToolMajor(versionOutput: string): number | undefined {
  // A 9.x tool reads as 9: older than any server Marquee's migrations run on, which is all the check needs.
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

/** The major version in `show server_version_num`, e.g. "180001" → 18. */
export function serverMajorFromVersionNum(versionNum: string | number): number {
  const value = Number(versionNum);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`Unexpected server_version_num: ${versionNum}`);
  return Math.floor(value / 10_000);
}

/**
 * Why a tool cannot serve this server, as one sentence, or undefined when it can: pg_dump refuses servers newer
 * than itself, and a pg_restore older than the pg_dump that wrote an archive cannot read it.
 */
export function toolVersionProblem(tool: PgTool, toolMajor: number, serverMajor: number): string | undefined {
  if (toolMajor >= serverMajor) return undefined;
  const variable = tool === "pg_dump" ? "PG_DUMP" : "PG_RESTORE";
  return (
    `${tool} ${toolMajor} is older than the PostgreSQL ${serverMajor} server it must work with ` +
    `(the embedded server is PostgreSQL 18 and ships no ${tool}): install postgresql-client-${serverMajor} ` +
    `or set ${variable} to a ${tool} ${serverMajor} or newer.`
  );
}

/** Directory names under /usr/lib/postgresql (Debian's layout), highest version first; others are ignored. */
export function versionDirectoriesHighestFirst(names: string[]): string[] {
  return names.filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
}

/**
 * What libpq needs from a database URL, split so that the password travels in PGPASSWORD (the environment)
 * and never on a command line, where `ps` would show it.
 */
export function libpqConnection(databaseUrl: string): { dbname: string; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  return { dbname: url.toString(), password };
}

/** Where a database is, for messages: host, port and database name, never the credentials. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.hostname}:${url.port || 5432}`;
}

/** A custom-format archive (pg_dump -Fc) starts with these bytes. */
const CUSTOM_ARCHIVE_MAGIC = "PGDMP";

export function isCustomFormatArchive(header: Uint8Array): boolean {
  return new TextDecoder().decode(header.subarray(0, CUSTOM_ARCHIVE_MAGIC.length)) === CUSTOM_ARCHIVE_MAGIC;
}

/** The default backup file name, sortable and free of characters that trouble file systems: marquee-20250102T030405Z.dump. */
export function backupFileName(takenAt: Date): string {
  const stamp = takenAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
  return `marquee-${stamp}.dump`;
}
