// Counts a hit against a limit in one atomic statement, so concurrent requests on several servers agree.
import { sql } from "drizzle-orm";
import type { RateLimit } from "@/lib/rate-limits";
import { getPrimaryDb } from "../client";

/** Records the hit and tells whether it is within the limit. */
export async function hitRateLimit(limit: RateLimit, subject: string): Promise<boolean> {
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
  return (row?.hits ?? 0) <= limit.max;
}

/** Whether the current window is already past the limit, without counting a hit (to explain a refusal). */
export async function isOverRateLimit(limit: RateLimit, subject: string): Promise<boolean> {
  const window = limit.windowSeconds;
  const [row] = await getPrimaryDb().execute<{ hits: number }>(sql`
    select hits from rate_limits
    where bucket = ${limit.bucket} and subject = ${subject.toLowerCase()}
      and window_start = to_timestamp(floor(extract(epoch from now()) / ${window}) * ${window})`);
  return (row?.hits ?? 0) > limit.max;
}
