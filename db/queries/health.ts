// The database's state for GET /api/health: a round trip, bounded so that a hung server answers "down" quickly.
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { getLogger } from "@/lib/logger";

export type DatabaseHealth = { status: "up"; latencyMs: number } | { status: "down"; error: string };

export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

class HealthCheckTimeout extends Error {}

/**
 * `select 1` against the app's database. A failure is logged with its cause and reported as one sentence that
 * names neither the host nor the credentials, since the health endpoint is public.
 */
export async function checkDatabaseHealth(timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<DatabaseHealth> {
  const startedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A race rather than statement_timeout: it also bounds the connection attempt, which a down server can stall.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthCheckTimeout(`No answer within ${timeoutMs} ms.`)), timeoutMs);
  });
  try {
    await Promise.race([getDb().execute(sql`select 1`), timeout]);
    return { status: "up", latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    getLogger().error({ err: error }, "health check: the database is down");
    const isTimeout = error instanceof HealthCheckTimeout;
    return {
      status: "down",
      error: isTimeout ? `The database did not answer within ${timeoutMs} ms.` : "The database could not be reached.",
    };
  } finally {
    clearTimeout(timer);
  }
}
