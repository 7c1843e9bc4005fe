// Counts a hit against a limit in one atomic statement, so concurrent requests on several servers agree.
import { sql } from "drizzle-orm";
import type { RateLimit } from "@/lib/rate-limits";
import { getPrimaryDb } from "../client";

/** Records the hit and tells whether it is within the limit. */
export async function hitRateLimit(limit: RateLimit, subject: string): Promise<boolean> {
  return (await countRateLimitHit(limit, subject)) <= limit.max;
}

/** Records the hit; the hits in the current window, this one included. */
export async function countRateLimitHit(limit: RateLimit, subject: string): Promise<number> {
  const window = limit.windowSeconds;
  const [row] = await getPrimaryDb().execute<{ hits: number }>(sql`
    insert into rate_limits (bucket, subject, window_start, hits)
    values (${limit.bucket}, ${subject.toLowerCase()},
            to_timestamp(floor(extract(epoch from now()) / ${window}) * ${window}), 1)
    on conflict (bucket, subject, window_start) do update set hits = rate_limits.hits + 1
    returning hits`);
  // Prune a little on every hit rather than running a job: windows older than a day are never read again.
  if (Math.random() < 0.01)
    await getPrimaryDb().execute(sql`delete from rate_limits where window_start < now() - interval '1 day'`);
  return row?.hits ?? 0;
}

/**
 * Takes back a hit of the current window: for limits that count failures, a hit is recorded before the outcome is
 * known (so that concurrent attempts cannot all slip under the limit) and taken back when it turns out a success.
 */
export async function forgiveRateLimitHit(limit: RateLimit, subject: string) {
  const window = limit.windowSeconds;
  const current = sql`bucket = ${limit.bucket} and subject = ${subject.toLowerCase()}
    and window_start = to_timestamp(floor(extract(epoch from now()) / ${window}) * ${window})`;
  // A window's row holds at least one hit (rate_limits_hits_positive): the last one goes with its row.
  await getPrimaryDb().execute(sql`
    with taken_back as (update rate_limits set hits = hits - 1 where ${current} and hits > 1 returning 1)
    delete from rate_limits where ${current} and hits = 1 and not exists (select 1 from taken_back)`);
}
