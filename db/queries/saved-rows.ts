// Rows as PostgreSQL's to_jsonb writes them (timestamps to the microsecond): what the audit log keeps of a deleted or
// merged film or person, so that a revert can put it back exactly (db/mutations/saved-rows.ts).
import { getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { SavedRows } from "@/lib/validation/saved-rows";
import type { Executor } from "../client";

/** A row as to_jsonb wrote it: its columns by their names in the database. */
export type SavedRow = SavedRows[string][number];

/** A table and which of its rows belong to the film or person saved. */
export interface RowsOfTable {
  table: PgTable;
  where: SQL | undefined;
}

function savedRowsOf({ table, where }: RowsOfTable) {
  return sql`(select coalesce(jsonb_agg(to_jsonb(${table})), '[]'::jsonb) from ${table} where ${where})`;
}

/** The rows of one table that `where` picks, as saved rows. */
export async function readSavedRows(tx: Executor, table: PgTable, where: SQL | undefined): Promise<SavedRow[]> {
  const [row] = await tx.execute<{ rows: SavedRow[] }>(sql`select ${savedRowsOf({ table, where })} as rows`);
  return row!.rows;
}

/** The rows of several tables, by table name, in one round trip. */
export async function readSavedRowsOf(tx: Executor, tables: RowsOfTable[]): Promise<SavedRows> {
  const columns = tables.map((rowsOf) => sql`${getTableName(rowsOf.table)}::text, ${savedRowsOf(rowsOf)}`);
  const [row] = await tx.execute<{ rows: SavedRows }>(
    sql`select jsonb_build_object(${sql.join(columns, sql`, `)}) as rows`,
  );
  return row!.rows;
}
