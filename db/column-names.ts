// Column names as PostgreSQL knows them, for SQL written by hand beside Drizzle's own.
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgColumn } from "drizzle-orm/pg-core";

/** The column's name in SQL, under the client's snake_case casing (see db/client.ts). */
export function sqlName(column: PgColumn) {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}
