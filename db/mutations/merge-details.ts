// The details a merge fills in on the film or person kept, and how a revert empties them again: alike for both.
import { eq, getTableColumns, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { sqlName } from "../column-names";
import type { films, people } from "../schema";

/** The kept one's empty `fields` that the duplicate has, with the duplicate's values. */
export function emptyFieldsFilled<Field extends string, Row extends Record<Field, unknown>>(
  fields: readonly Field[],
  kept: Row,
  duplicate: Row,
): Partial<Pick<Row, Field>> {
  return Object.fromEntries(
    fields
      .filter((field) => kept[field] === null && duplicate[field] !== null)
      .map((field) => [field, duplicate[field]]),
  ) as Partial<Pick<Row, Field>>;
}

/**
 * The details a merge filled in go empty again where nobody changed them since; the version goes back to the one
 * before the merge when nothing else changed it, so a form opened before the merge can save again.
 */
export async function clearFilledDetails(
  tx: Executor,
  table: typeof films | typeof people,
  keptId: number,
  { filled, keptVersions: { before, after } }: { filled: object; keptVersions: { before: string; after: string } },
) {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const assignments = Object.entries(filled)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => {
      const column = columns[field]!;
      return sql`${sql.identifier(sqlName(column))} = case when ${column} = ${value} then null else ${column} end`;
    });
  const isAsMerged = sql`${table.updatedAt}::text = ${after}`;
  assignments.push(
    sql`${sql.identifier(sqlName(table.updatedAt))} = case when ${isAsMerged} then ${before}::timestamptz else clock_timestamp() end`,
  );
  await tx.execute(sql`update ${table} set ${sql.join(assignments, sql`, `)} where ${eq(table.id, keptId)}`);
}
