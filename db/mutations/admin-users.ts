// Admins' decisions on accounts: make or remove an admin, block or unblock a member, sign a member out everywhere.
// Each is audited. A block ends the member's sessions (and auth.ts refuses its sign-in), so unblocking revives none.
import { asc, eq, inArray } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { users } from "../schema";
import { recordAudit } from "./audit";
import { endSessionsOf } from "./sessions";

export const USER_ACCESS_DECISIONS = ["promote", "demote", "block", "unblock", "sign-out-everywhere"] as const;
export type UserAccessDecision = (typeof USER_ACCESS_DECISIONS)[number];

export type UserAccessChange =
  { ok: true; username: string } | { ok: false; reason: "self" | "not-admin" | "not-found" };

type AccessChange = Partial<Pick<typeof users.$inferSelect, "role" | "blockedAt">>;

function accessChangeFor(decision: UserAccessDecision, now: Date): AccessChange {
  switch (decision) {
    case "promote":
      return { role: "admin" };
    case "demote":
      return { role: "user" };
    case "block":
      return { blockedAt: now };
    case "unblock":
      return { blockedAt: null };
    case "sign-out-everywhere":
      return {};
  }
}

export async function changeUserAccess({
  actorId,
  userId,
  decision,
  reason,
}: {
  actorId: number;
  userId: number;
  decision: UserAccessDecision;
  /** Why an account is blocked; kept in the audit row only. */
  reason: string | null;
}): Promise<UserAccessChange> {
  if (actorId === userId && decision !== "promote" && decision !== "unblock") return { ok: false, reason: "self" };
  return getPrimaryDb().transaction(async (tx) => {
    // The actor is locked and re-checked with the target, in id order, so that two admins demoting or blocking each
    // other at once take turns and the second finds they no longer may. With demoting yourself refused, that is what
    // keeps the last admin: whoever removes an admin is an admin who stays.
    const locked = await tx
      .select({ id: users.id, username: users.username, role: users.role, blockedAt: users.blockedAt })
      .from(users)
      .where(inArray(users.id, [actorId, userId]))
      .orderBy(asc(users.id))
      .for("update");
    const actor = locked.find((account) => account.id === actorId);
    const target = locked.find((account) => account.id === userId);
    if (actor?.role !== "admin" || actor.blockedAt) return { ok: false, reason: "not-admin" };
    if (!target) return { ok: false, reason: "not-found" };

    if (decision === "sign-out-everywhere") {
      const sessionsEnded = await endSessionsOf(tx, userId);
      await recordAudit(tx, {
        actorId,
        entityType: "user",
        entityId: userId,
        action: decision,
        before: { username: target.username, sessions: sessionsEnded },
        after: { username: target.username, sessions: 0 },
      });
      return { ok: true, username: target.username };
    }

    const before = { username: target.username, role: target.role, blockedAt: target.blockedAt };
    const change = accessChangeFor(decision, new Date());
    const after = { ...before, ...change };
    // A decision repeated from a page that was out of date changes nothing, and so leaves no audit row.
    if (after.role === before.role && (after.blockedAt === null) === (before.blockedAt === null))
      return { ok: true, username: before.username };

    await tx
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(users.id, userId));
    if (decision === "block") await endSessionsOf(tx, userId);
    await recordAudit(tx, {
      actorId,
      entityType: "user",
      entityId: userId,
      action: decision,
      before,
      after: decision === "block" ? { ...after, reason } : after,
    });
    return { ok: true, username: before.username };
  });
}
