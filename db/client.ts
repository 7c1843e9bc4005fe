// The one database client of the app: Drizzle over postgres.js, on the URL the launcher or operator gives.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export function createDatabase(url: string, options: { maxConnections?: number } = {}) {
  const sql = postgres(url, { max: options.maxConnections ?? 10, onnotice: () => {} });
  return { db: drizzle(sql, { schema, casing: "snake_case" }), sql };
}

export type Database = ReturnType<typeof createDatabase>["db"];
/** A transaction or the database itself: mutations accept either, so callers can compose them. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Marquee with `npm run dev` or `npm start`, which run the embedded database when DATABASE_URL is unset.",
    );
  }
  return url;
}

// Kept on globalThis so that hot reloads in development reuse one pool instead of leaking connections.
const globalForDb = globalThis as unknown as { marqueeDb?: Database };

/** The app's database, opened on first use so that importing this module never connects. */
export function getDb(): Database {
  globalForDb.marqueeDb ??= createDatabase(databaseUrl()).db;
  return globalForDb.marqueeDb;
}
