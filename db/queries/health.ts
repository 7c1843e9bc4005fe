// The database's state for GET /api/health: a round trip, bounded so that a hung server answers "down" quickly.
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { getLogger } from "@/lib/logger";
import { NoAnswerInTime, withinTime } from "@/lib/time-limit";

export type DatabaseHealth = { status: "up"; latencyMs: number } | { status: "down"; error: string };

export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/**
 * `select 1` against the app's database. A failure is logged with its cause and reported as one sentence that
 * names neither the host nor the credentials, since the health endpoint is public.
 */
export async function checkDatabaseHealth(timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<DatabaseHealth> {
  const startedAt = performance.now();
  try {
    // A time limit rather than statement_timeout: it also bounds the connection attempt, which a down server can stall.
    await withinTime(getDb().execute(sql`select 1`), timeoutMs, "The database");
    return { status: "up", latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    getLogger().error({ err: error }, "health check: the database is down");
    const isTimeout = error instanceof NoAnswerInTime;
    return {
      status: "down",
      error: isTimeout ? `The database did not answer within ${timeoutMs} ms.` : "The database could not be reached.",
    };
  }
}
