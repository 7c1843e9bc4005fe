// The one database client of the app: Drizzle over postgres.js, on the URL the launcher or operator gives, and on
// the read replicas, when there are any.
import { withReplicas } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import { env } from "@/lib/env";
import { connectionsPerProcess } from "./pool-size";

/**
 * postgres.js prepares a statement only when asked, and Drizzle asks only for queries built with .prepare(name): so
 * every query was planned again on each run, 6–10 ms for a film page's relational query at 100,000 films. Asked
 * always, postgres.js keeps one named statement per distinct SQL text and connection, and PostgreSQL plans it once
 * (or again per run, when its plan cache finds that pays).
 */
function preparingEveryStatement<Sql extends postgres.Sql | postgres.TransactionSql>(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === "unsafe") {
        return (query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, parameters, { ...options, prepare: true });
      }
      // A transaction (or savepoint) hands its callback a connection of its own: that one prepares too.
      if ((property === "begin" || property === "savepoint") && typeof value === "function") {
        return (...args: unknown[]) =>
          value.apply(
            target,
            args.map((arg) =>
              typeof arg === "function"
                ? (transaction: postgres.TransactionSql) => arg(preparingEveryStatement(transaction))
                : arg,
            ),
          );
      }
      return value;
    },
  });
}

export interface DatabaseOptions {
  maxConnections?: number;
  /** Settings for this client's sessions, e.g. { synchronous_commit: "off" }. */
  settings?: Record<string, string>;
}

export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const sql = postgres(url, {
    max: options.maxConnections ?? connectionsPerProcess(),
    connection: options.settings,
    onnotice: () => {},
  });
  return { db: drizzle(preparingEveryStatement(sql), { schema, casing: "snake_case" }), sql };
}

export type Database = ReturnType<typeof createDatabase>["db"];
/** A transaction or the database itself: mutations accept either, so callers can compose them. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

function databaseUrl() {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Marquee with `npm run dev` or `npm start`, which run the embedded database when DATABASE_URL is unset.",
    );
  }
  return url;
}

/** Read replicas' URLs, from DATABASE_REPLICA_URLS (separated by commas or spaces). */
function replicaUrls(): string[] {
  return env().DATABASE_REPLICA_URLS ?? [];
}

/** The primary, and the replicas reads may go to (db/replicas.ts). */
export interface AppDatabases {
  primary: Database;
  replicas: Database[];
  /** Reads through the replicas still in step with the primary; writes and transactions to the primary. */
  routed: Database;
  /** Replicas found lagging, by index, skipped by reads until they catch up. */
  lagging: Set<number>;
}

function openAppDatabases(): AppDatabases {
  const primary = createDatabase(databaseUrl()).db;
  const replicas = replicaUrls().map((url) => createDatabase(url).db);
  const lagging = new Set<number>();
  const [first, ...rest] = replicas;
  const routed = first
    ? withReplicas(primary, [first, ...rest], (candidates) => {
        const inStep = candidates.filter((_, index) => !lagging.has(index));
        return inStep[Math.floor(Math.random() * inStep.length)] ?? primary;
      })
    : primary;
  return { primary, replicas, routed, lagging };
}

// Kept on globalThis so that hot reloads in development reuse one pool instead of leaking connections, and so that
// the route bundles of one server, which load this module separately, share it.
const globalForDb = globalThis as unknown as { marqueeDatabases?: AppDatabases };

/** The app's databases, opened on first use so that importing this module never connects. */
export function appDatabases(): AppDatabases {
  globalForDb.marqueeDatabases ??= openAppDatabases();
  return globalForDb.marqueeDatabases;
}

/**
 * The app's database for pages and reads: its selects go to a read replica when DATABASE_REPLICA_URLS names some
 * (a write waits for them before its pages are invalidated, db/replicas.ts), everything else to the primary.
 */
export function getDb(): Database {
  return appDatabases().routed;
}

/** The primary alone: for writes, and for the reads a write decides on. */
export function getPrimaryDb(): Database {
  return appDatabases().primary;
}
