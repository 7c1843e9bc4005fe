// Reads of signed-in sessions (db/schema/sessions.ts). From the primary: a session ended a moment ago on another app
// server must be refused here too, before any replica has heard of it.
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { sessions, users } from "../schema";

/** How long a session lasts unused: Auth.js's cookie lifetime, renewed as the member comes back. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const isUnexpired = gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`);

/**
 * The account a session stands for, if the session is still live (not ended, not expired) and its account may
 * still sign in (not blocked); else undefined. Every check of who is signed in comes here.
 */
export async function findLiveSessionAccount(sessionId: string) {
  const [row] = await getPrimaryDb()
    .select({
      id: users.id,
      username: users.username,
      // The settings page shows and edits these.
      email: users.email,
      displayName: users.displayName,
      bio: users.bio,
      avatar: users.avatar,
      watchlistIsPublic: users.watchlistIsPublic,
      role: users.role,
      passwordHash: users.passwordHash,
      blockedAt: users.blockedAt,
      emailVerifiedAt: users.emailVerifiedAt,
      sessionId: sessions.id,
      sessionLastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isUnexpired, isNull(users.blockedAt)))
    .limit(1);
  return row;
}

/** A member's live sessions, the most recently used first: what Settings lists. */
export async function listLiveSessions(userId: number) {
  return getPrimaryDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      address: sessions.address,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isUnexpired))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
}
