// The accounts the bench signs in with. Every bench member shares one password, hashed once per run; reviews are
// posted by dedicated "bench_poster_N" accounts whose reviews are deleted before each run, so every run posts
// new reviews onto the same data.
import type postgres from "postgres";
import { hashPassword } from "@/lib/password";

export const BENCH_PASSWORD = "marquee-bench";

/** The member whose signed-in home (/activity) is timed: they follow 200 active members (scale-data/members.ts). */
export const FOLLOWER_USERNAME = "bench_follower";

let passwordHash: Promise<string> | undefined;

/** One argon2id hash for all bench accounts: hashing for each of 50,000 members would take most of an hour. */
export function benchPasswordHash() {
  passwordHash ??= hashPassword(BENCH_PASSWORD);
  return passwordHash;
}

export function posterUsername(index: number) {
  return `bench_poster_${index + 1}`;
}

/** Creates the posters that are missing, deletes their reviews (the trigger keeps the stats exact) and all rate-limit hits. */
export async function resetPosters(sql: postgres.Sql, count: number) {
  const hash = await benchPasswordHash();
  const posters = Array.from({ length: count }, (_, index) => {
    const username = posterUsername(index);
    return { username, email: `${username}@bench.invalid`, password_hash: hash };
  });
  await sql`insert into users ${sql(posters)} on conflict do nothing`;
  await sql`delete from reviews where user_id in (select id from users where username like 'bench\\_poster\\_%')`;
  // The bench database is the bench's own: earlier runs' sign-ins and saves must not count against this one.
  await sql`delete from rate_limits`;
}
