// Sessions end on the server: whatever ends one (sign-out, a new password, a block, an admin, the member from their
// list) makes findLiveSessionAccount refuse it, which is what every read of a session cookie asks (auth.ts).
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, getPrimaryDb } from "@/db/client";
import { changePassword } from "@/db/mutations/accounts";
import { changeUserAccess } from "@/db/mutations/admin-users";
import { endOwnSession, endSession, endSessionsOf, markSessionSeen, startSession } from "@/db/mutations/sessions";
import { findLiveSessionAccount, listLiveSessions } from "@/db/queries/sessions";
import { auditLog, sessions, users } from "@/db/schema";
import { createUser } from "../support/factories";
import { demoAdmin } from "../support/demo-accounts";

async function signedIn(userId: number, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0") {
  return startSession({ userId, userAgent, address: "192.0.2.7" });
}

async function isLive(sessionId: string) {
  return (await findLiveSessionAccount(sessionId)) !== undefined;
}

describe("sessions", () => {
  it("stands for its account until signed out, and a copy of its cookie then opens nothing", async () => {
    const member = await createUser();
    const sessionId = await signedIn(member.id);
    expect(await findLiveSessionAccount(sessionId)).toMatchObject({ id: member.id, username: member.username });

    await endSession(sessionId);
    expect(await isLive(sessionId)).toBe(false);
  });

  it("are all ended by a new password", async () => {
    const member = await createUser();
    const [phone, laptop] = [await signedIn(member.id), await signedIn(member.id)];
    await changePassword(member.id, "a new and long passphrase");
    expect([await isLive(phone), await isLive(laptop)]).toEqual([false, false]);
  });

  it("are ended by a block, and unblocking revives none of them", async () => {
    const actorId = (await demoAdmin()).id;
    const member = await createUser();
    const sessionId = await signedIn(member.id);

    await changeUserAccess({ actorId, userId: member.id, decision: "block", reason: "Spam." });
    expect(await isLive(sessionId)).toBe(false);
    await changeUserAccess({ actorId, userId: member.id, decision: "unblock", reason: null });
    expect(await isLive(sessionId)).toBe(false);
    expect(await listLiveSessions(member.id)).toEqual([]);
  });

  it("are all ended by an admin's “sign out everywhere”, which the audit log records", async () => {
    const actorId = (await demoAdmin()).id;
    const member = await createUser();
    const [phone, laptop] = [await signedIn(member.id), await signedIn(member.id)];
    const bystander = await signedIn((await createUser()).id);

    expect(
      await changeUserAccess({ actorId, userId: member.id, decision: "sign-out-everywhere", reason: null }),
    ).toEqual({ ok: true, username: member.username });
    expect([await isLive(phone), await isLive(laptop), await isLive(bystander)]).toEqual([false, false, true]);
    const [entry] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, member.id)));
    expect(entry).toMatchObject({ actorId, action: "sign-out-everywhere", before: { sessions: 2 } });
  });

  it("cannot be ended by an admin for themselves from the admin pages", async () => {
    const actorId = (await demoAdmin()).id;
    expect(await changeUserAccess({ actorId, userId: actorId, decision: "sign-out-everywhere", reason: null })).toEqual(
      { ok: false, reason: "self" },
    );
  });

  it("are listed for their member, who can end one of their own but not someone else's", async () => {
    const member = await createUser();
    const stranger = await createUser();
    const phone = await signedIn(member.id, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Safari/604.1");
    const laptop = await signedIn(member.id);
    const strangers = await signedIn(stranger.id);

    expect((await listLiveSessions(member.id)).map((session) => session.id).sort()).toEqual([phone, laptop].sort());
    expect(await endOwnSession(member.id, strangers)).toBe(false);
    expect(await isLive(strangers)).toBe(true);
    expect(await endOwnSession(member.id, phone)).toBe(true);
    expect((await listLiveSessions(member.id)).map((session) => session.id)).toEqual([laptop]);
  });

  it("all but the one asking end with “sign out all other sessions”", async () => {
    const member = await createUser();
    const [here, elsewhere, further] = [
      await signedIn(member.id),
      await signedIn(member.id),
      await signedIn(member.id),
    ];
    expect(await endSessionsOf(getPrimaryDb(), member.id, here)).toBe(2);
    expect([await isLive(here), await isLive(elsewhere), await isLive(further)]).toEqual([true, false, false]);
  });

  it("expire after 30 days unused, and are cleared at the member's next sign-in", async () => {
    const member = await createUser();
    const old = await signedIn(member.id);
    await getDb()
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 days'` })
      .where(eq(sessions.id, old));
    expect(await isLive(old)).toBe(false);

    await signedIn(member.id);
    expect(await getDb().select().from(sessions).where(eq(sessions.id, old))).toEqual([]);
  });

  it("record their last use at most every few minutes", async () => {
    const member = await createUser();
    const sessionId = await signedIn(member.id);
    const lastSeen = async () => (await findLiveSessionAccount(sessionId))!.sessionLastSeenAt.getTime();
    const first = await lastSeen();

    await markSessionSeen(sessionId, new Date(first));
    expect(await lastSeen()).toBe(first);
    await markSessionSeen(sessionId, new Date(first - 10 * 60 * 1000));
    expect(await lastSeen()).toBeGreaterThan(first);
  });

  it("go with a deleted account", async () => {
    const member = await createUser();
    const sessionId = await signedIn(member.id);
    await getDb().delete(users).where(eq(users.id, member.id));
    expect(await isLive(sessionId)).toBe(false);
  });
});
