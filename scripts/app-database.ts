// The app's own database for command-line scripts: DATABASE_URL's, or the embedded one (created when missing),
// migrated first, so a script works on a fresh clone as the app does.
import type postgres from "postgres";
import { createDatabase, type Database, type DatabaseOptions } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { DEFAULT_DATABASE, ensureDatabaseExists, openDatabaseServer } from "@/db/postgres-server";

export async function withAppDatabase<Result>(
  work: (db: Database, sql: postgres.Sql) => Promise<Result>,
  { settings, maxConnections = 1 }: DatabaseOptions = {},
): Promise<Result> {
  const server = await openDatabaseServer();
  try {
    if (server.isEmbedded) await ensureDatabaseExists(server, DEFAULT_DATABASE);
    await migrateDatabase(server.url);
    const { db, sql } = createDatabase(server.url, { maxConnections, settings });
    try {
      return await work(db, sql);
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await server.close();
  }
}
