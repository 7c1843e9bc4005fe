// Drizzle's queries run as named prepared statements (db/client.ts), so PostgreSQL plans each once per connection
// instead of on every run; transactions included.
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { films } from "@/db/schema";

const { db, sql: connection } = createDatabase(process.env.DATABASE_URL!, { maxConnections: 1 });

afterAll(() => connection.end());

async function preparedStatements(executor: Pick<typeof db, "execute">) {
  const rows = await executor.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`);
  return rows.map((row) => row.statement);
}

describe("Drizzle's statements", () => {
  it("are prepared once and kept for the connection", async () => {
    await db.select({ id: films.id }).from(films).where(eq(films.slug, "escape-2024"));
    await db.select({ id: films.id }).from(films).where(eq(films.slug, "parasite-2019"));
    const statements = (await preparedStatements(db)).filter((statement) =>
      statement.includes('where "films"."slug" = $1'),
    );
    expect(statements).toHaveLength(1);
  });

  it("are prepared inside transactions too", async () => {
    const statements = await db.transaction(async (tx) => {
      await tx.select({ title: films.title }).from(films).where(eq(films.year, 2024));
      return preparedStatements(tx);
    });
    expect(statements.some((statement) => statement.includes('where "films"."year" = $1'))).toBe(true);
  });
});
