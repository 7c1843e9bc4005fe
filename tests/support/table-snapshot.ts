// A fingerprint of a whole database, for tests that prove a run changed nothing (seed and import re-runs).
import type postgres from "postgres";

/**
 * Row count and a checksum of every row of every table (timestamps included, so a rewrite shows), but those `ignoring`
 * names: the audit log, say, which gains an entry from every import run, even one that changes nothing.
 */
export async function tableSnapshot(sql: postgres.Sql, { ignoring = [] as string[] } = {}) {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and not (table_name = any(${ignoring}))
    order by table_name`;
  const result: Record<string, unknown> = {};
  for (const { name } of tables) {
    const [row] = await sql`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as checksum
      from ${sql(name)} t`;
    result[name] = row;
  }
  return result;
}
