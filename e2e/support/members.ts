// Members and reports made straight in the e2e database, for tests about what happens after them: a sign-up through
// the form is tested on its own (reviews.spec.ts), and sign-ups from one address are limited.
import { createDatabase } from "../../db/client";
import { and, eq } from "drizzle-orm";
import { rateLimits, reviewReports, reviews, users } from "../../db/schema";
import { hashPassword } from "../../lib/password";

export const MEMBER_PASSWORD = "a long enough passphrase";

async function withDatabase<T>(work: (db: ReturnType<typeof createDatabase>["db"]) => Promise<T>) {
  const { db, sql } = createDatabase(process.env.DATABASE_URL!, { maxConnections: 1 });
  try {
    return await work(db);
  } finally {
    await sql.end();
  }
}

/** A new member, signing in with MEMBER_PASSWORD, named `prefix` and a suffix unique to this run. */
export async function createMember(prefix: string) {
  const username = `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const passwordHash = await hashPassword(MEMBER_PASSWORD);
  await withDatabase((db) => db.insert(users).values({ username, email: `${username}@example.com`, passwordHash }));
  return username;
}

/** A report on a review by `reporterUsername`, so that it shows in the moderation queue. */
export async function reportReview(reviewId: number, reporterUsername: string) {
  await withDatabase(async (db) => {
    const reporter = await db.query.users.findFirst({ where: (user, { eq }) => eq(user.username, reporterUsername) });
    await db.insert(reviewReports).values({ reviewId, reporterId: reporter!.id, reason: "spam" });
  });
}

/**
 * Forgets what a limit counted against a subject: a test that exhausts a per-address limit on purpose from the
 * machine's own address gives the specs after it their sign-ins back.
 */
export async function forgetRateLimit(bucket: string, subject: string) {
  await withDatabase((db) =>
    db.delete(rateLimits).where(and(eq(rateLimits.bucket, bucket), eq(rateLimits.subject, subject))),
  );
}

/** A written review of the film at `filmSlug` by `authorUsername`, straight in the database; its id. */
export async function writeReview(authorUsername: string, filmSlug: string, body: string) {
  return withDatabase(async (db) => {
    const author = await db.query.users.findFirst({ where: (user, { eq }) => eq(user.username, authorUsername) });
    const film = await db.query.films.findFirst({ where: (row, { eq }) => eq(row.slug, filmSlug) });
    const [review] = await db
      .insert(reviews)
      .values({ filmId: film!.id, userId: author!.id, rating: 8, body })
      .returning({ id: reviews.id });
    return review!.id;
  });
}
