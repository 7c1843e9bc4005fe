// A fingerprint of a whole database, for tests that prove a run changed nothing (seed and import re-runs).
import type postgres from "postgres";

/** Row count and a checksum of every row of every table (timestamps included, so a rewrite shows). */
export async function tableSnapshot(sql: postgres.Sql) {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`;
  const result: Record<string, unknown> = {};
  for (const { name } of tables) {
    const [row] = await sql`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as checksum
      from ${sql(name)} t`;
    result[name] = row;
  }
  return result;
}
