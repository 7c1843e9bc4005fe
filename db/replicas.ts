// Read replicas (DATABASE_REPLICA_URLS) get the primary's writes a moment later, by streaming replication. Pages are
// cached until a write invalidates them, so a page rendered from a replica that has not yet replayed the write would
// keep the old data until the next write: a write's pages are therefore invalidated only once every replica holds
// it. A replica that does not catch up in time is left out of reads (db/client.ts) until a later write finds it in
// step again; meanwhile its share of reads goes to the others, or to the primary.
import { sql } from "drizzle-orm";
import { appDatabases, type Database } from "./client";

const CATCH_UP_TIMEOUT_MS = 2_000;
const POLL_INTERVAL_MS = 5;

async function primaryPosition(primary: Database) {
  const [row] = await primary.execute<{ position: string }>(sql`select pg_current_wal_lsn()::text as position`);
  return row!.position;
}

async function hasReplayed(replica: Database, position: string) {
  const [row] = await replica.execute<{ replayed: boolean | null }>(
    sql`select pg_last_wal_replay_lsn() >= ${position}::pg_lsn as replayed`,
  );
  return row?.replayed === true;
}

async function waitUntilReplayed(replica: Database, position: string, deadline: number) {
  while (Date.now() < deadline) {
    if (await hasReplayed(replica, position).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return false;
}

/**
 * Waits until every replica has replayed what the primary has written so far (at most `timeoutMs`), marking those
 * that have as in step and the others as lagging. Returns at once when there are no replicas.
 */
export async function waitForReplicas(timeoutMs = CATCH_UP_TIMEOUT_MS) {
  const { primary, replicas, lagging } = appDatabases();
  if (replicas.length === 0) return;
  const position = await primaryPosition(primary);
  const deadline = Date.now() + timeoutMs;
  const inStep = await Promise.all(replicas.map((replica) => waitUntilReplayed(replica, position, deadline)));
  inStep.forEach((isInStep, index) => (isInStep ? lagging.delete(index) : lagging.add(index)));
}
