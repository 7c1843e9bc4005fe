// Starting and ending signed-in sessions (db/schema/sessions.ts). Ending one deletes its row: the cookie that named
// it is refused from the next request on, on every app server.
import { randomBytes } from "node:crypto";
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { getPrimaryDb, type Executor } from "../client";
import { SESSION_MAX_AGE_SECONDS } from "../queries/sessions";
import { sessions } from "../schema";

/** A session's "last active" moves at most this often: a write on every request would cost more than it tells. */
export const SESSION_SEEN_EVERY_SECONDS = 5 * 60;

const MAX_USER_AGENT_LENGTH = 512;

/** Starts a session for a sign-in; its id goes into the cookie. Expired sessions of the member are cleared on the way. */
export async function startSession({
  userId,
  userAgent,
  address,
}: {
  userId: number;
  userAgent: string | null;
  address: string | null;
}) {
  const id = randomBytes(32).toString("base64url");
  await getPrimaryDb().transaction(async (tx) => {
    await tx
      .delete(sessions)
      .where(
        and(
          eq(sessions.userId, userId),
          lt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`),
        ),
      );
    await tx.insert(sessions).values({ id, userId, userAgent: userAgent?.slice(0, MAX_USER_AGENT_LENGTH), address });
  });
  return id;
}

/** Records that a session was used now, unless that was recorded a moment ago. */
export async function markSessionSeen(sessionId: string, lastSeenAt: Date) {
  if (Date.now() - lastSeenAt.getTime() < SESSION_SEEN_EVERY_SECONDS * 1000) return;
  await getPrimaryDb().update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Ends one session: sign-out. */
export async function endSession(sessionId: string) {
  await getPrimaryDb().delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends one of a member's own sessions, from their list; whether there was such a session. */
export async function endOwnSession(userId: number, sessionId: string) {
  const ended = await getPrimaryDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

/**
 * Ends every session of a member, but `except` (the one asking, when a member signs out their other sessions).
 * Takes the caller's transaction, so that the change that ends them (a block, a new password) and the ending are one.
 */
export async function endSessionsOf(executor: Executor, userId: number, except?: string) {
  const ended = await executor
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? ne(sessions.id, except) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}
