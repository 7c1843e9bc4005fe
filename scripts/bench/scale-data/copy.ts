// Loads rows with COPY … FROM STDIN in PostgreSQL's text format: one round trip per table instead of one per row.
import { once } from "node:events";
import type postgres from "postgres";

type CopyValue = string | number | boolean | Date | null;

const BATCH_ROWS = 5_000;

function copyText(value: CopyValue) {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** Copies the rows into the table; identity columns take the given values, as with OVERRIDING SYSTEM VALUE. */
export async function copyRows(
  sql: postgres.Sql | postgres.TransactionSql,
  table: string,
  columns: string[],
  rows: CopyValue[][],
) {
  const stream = await sql`copy ${sql(table)} (${sql(columns)}) from stdin`.writable();
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS).map((row) => row.map(copyText).join("\t") + "\n");
    if (!stream.write(batch.join(""))) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
}
