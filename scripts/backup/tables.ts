// The app's tables, sequences and foreign keys as a backup sees them, and the connection both directions use.
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";

/**
 * COPY's text form of dates, intervals and floats follows the session's settings: fixed here, on both sides, so a
 * table's text (and its checksum) is the same whichever server or client wrote it, and every float keeps all its digits.
 */
const PORTABLE_TEXT_SETTINGS = {
  DateStyle: "ISO, YMD",
  IntervalStyle: "postgres",
  TimeZone: "UTC",
  extra_float_digits: "3",
};

export function openBackupConnection(databaseUrl: string) {
  return postgres(databaseUrl, { max: 1, onnotice: () => {}, connection: PORTABLE_TEXT_SETTINGS });
}

type Sql = postgres.Sql | postgres.TransactionSql;

export interface TableColumns {
  name: string;
  /** Stored columns in table order: generated ones are computed again on restore, never copied. */
  columns: string[];
}

/** The tables of schema public (the app's; drizzle's journal lives in schema drizzle and is the migrator's). */
export function listTables(sql: Sql) {
  return sql<TableColumns[]>`
    select c.relname::text as name, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and not c.relispartition
    group by c.relname
    order by c.relname`;
}

export function listForeignKeys(sql: Sql) {
  return sql<{ table: string; references: string }[]>`
    select source.relname::text as "table", target.relname::text as "references"
    from pg_constraint k
    join pg_class source on source.oid = k.conrelid
    join pg_class target on target.oid = k.confrelid
    where k.contype = 'f' and source.relnamespace = 'public'::regnamespace`;
}

/** Each sequence's position, read from the sequence itself (pg_sequences hides it from roles without USAGE). */
export async function readSequences(sql: Sql) {
  const names = await sql<{ name: string }[]>`
    select sequencename::text as name from pg_sequences where schemaname = 'public' order by sequencename`;
  const sequences = [];
  for (const { name } of names) {
    const [position] = await sql<{ lastValue: string; isCalled: boolean }[]>`
      select last_value::text as "lastValue", is_called as "isCalled" from ${sql(name)}`;
    sequences.push({ name, ...position! });
  }
  return sequences;
}

/**
 * A table's stored columns as COPY text, streamed. postgres.js 3.4 can leave the connection's socket paused when a
 * COPY's last data and its end arrive in one read (porsager/postgres#1016): the stream ends without asking for more,
 * and the next query on the connection waits for ever. Asking once more after the end resumes the socket; once the
 * bug is fixed upstream, that ask does nothing.
 */
export async function copyTableOut(sql: Sql, { name, columns }: TableColumns) {
  const text = await sql`copy ${sql(name)} (${sql(columns)}) to stdout`.readable();
  text.once("end", () => text._read(0));
  return text;
}

/**
 * Streams COPY text into a table, failing with PostgreSQL's reason when it refuses the rows. postgres.js settles a
 * COPY FROM query with its stream, and a refusal that comes after the last row (a foreign key is checked then) goes
 * only to that settled query, leaving the stream unfinished for ever: so the query's rejection is watched as well.
 */
export async function copyTableIn(sql: Sql, { name, columns }: TableColumns, text: Readable) {
  const copy = sql`copy ${sql(name)} (${sql(columns)}) from stdin`;
  const refused = new Promise<never>((_, reject) => {
    const query = copy as unknown as { reject: (error: unknown) => void };
    const rejectQuery = query.reject;
    query.reject = (error) => {
      rejectQuery(error);
      reject(error);
    };
  });
  try {
    await Promise.race([pipeline(text, await copy.writable()), refused]);
  } finally {
    text.destroy();
  }
}
