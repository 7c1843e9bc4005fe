// Picks the PostgreSQL server for scripts, tests and the launcher: the operator's (DATABASE_URL) or the embedded one.
import postgres from "postgres";
import { startEmbeddedServer } from "./embedded";

export const DEFAULT_DATABASE = "marquee";

export interface DatabaseServer {
  /** The database the app uses. */
  url: string;
  isEmbedded: boolean;
  /** A URL for another database on the same server (tests create their own). */
  urlFor: (database: string) => string;
  close: () => Promise<void>;
}

/** Thrown with one line that names the variable and the host, instead of a driver's stack trace. */
export class DatabaseUnreachableError extends Error {}

function describeHost(url: URL) {
  return `${url.hostname}:${url.port || 5432}`;
}

export function parseDatabaseUrl(value: string, variable: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DatabaseUnreachableError(
      `${variable} is not a valid URL (expected postgres://user:password@host:port/database).`,
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DatabaseUnreachableError(`${variable} must start with postgres:// (got ${url.protocol}//${url.host}).`);
  }
  return url;
}

/** The same server URL, naming another database on it. */
export function withDatabase(url: URL, database: string) {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

/** Fails with one clear line when the server cannot be reached. */
export async function assertReachable(url: string, variable: string) {
  const parsed = parseDatabaseUrl(url, variable);
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(
      `Cannot reach the PostgreSQL server in ${variable} (host ${describeHost(parsed)}): ${reason}`,
    );
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * `variable` names the environment variable to honour (DATABASE_URL for the app; tests prefer TEST_DATABASE_URL).
 * When it is unset, the embedded server is started under `.data/`.
 */
export async function openDatabaseServer(variables: string[] = ["DATABASE_URL"]): Promise<DatabaseServer> {
  const variable = variables.find((name) => process.env[name]);
  if (variable) {
    const url = process.env[variable]!;
    const parsed = parseDatabaseUrl(url, variable);
    await assertReachable(url, variable);
    return { url, isEmbedded: false, urlFor: (database) => withDatabase(parsed, database), close: async () => {} };
  }
  const embedded = await startEmbeddedServer();
  return {
    url: embedded.serverUrl(DEFAULT_DATABASE),
    isEmbedded: true,
    urlFor: embedded.serverUrl,
    close: embedded.stop,
  };
}

/** Creates the database when it does not exist yet; tells whether it did. */
export async function ensureDatabaseExists(server: DatabaseServer, database: string): Promise<boolean> {
  const sql = postgres(server.urlFor("postgres"), { max: 1, onnotice: () => {} });
  try {
    const [existing] = await sql`select 1 from pg_database where datname = ${database}`;
    if (existing) return false;
    await sql`create database ${sql(database)}`;
    return true;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export async function dropDatabase(server: DatabaseServer, database: string) {
  const sql = postgres(server.urlFor("postgres"), { max: 1, onnotice: () => {} });
  try {
    await sql`drop database if exists ${sql(database)} with (force)`;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
