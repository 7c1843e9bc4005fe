import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { changeUserAccess } from "@/db/mutations/admin-users";
import { listUsersForAdmin } from "@/db/queries/admin-users";
import { auditLog, films, users } from "@/db/schema";
import { createReview, createUser } from "../support/factories";
import { demoAdmin } from "../support/demo-accounts";

async function accessOf(userId: number) {
  const [user] = await getDb()
    .select({ role: users.role, blockedAt: users.blockedAt })
    .from(users)
    .where(eq(users.id, userId));
  return user!;
}

async function auditOf(userId: number) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId)))
    .orderBy(auditLog.id);
}

async function usernamesFound(query: string) {
  return (await listUsersForAdmin({ query, page: 1 })).users.map((user) => user.username);
}

describe("admin management of users", () => {
  it("promotes a member and demotes them again, auditing the role before and after", async () => {
    const actorId = (await demoAdmin()).id;
    const memberId = (await createUser({ username: "promoted_member" })).id;

    expect(await changeUserAccess({ actorId, userId: memberId, decision: "promote", reason: null })).toEqual({
      ok: true,
      username: "promoted_member",
    });
    expect((await accessOf(memberId)).role).toBe("admin");
    expect(await changeUserAccess({ actorId, userId: memberId, decision: "demote", reason: null })).toMatchObject({
      ok: true,
    });
    expect((await accessOf(memberId)).role).toBe("user");

    const audit = await auditOf(memberId);
    expect(audit.map((entry) => [entry.actorId, entry.action])).toEqual([
      [actorId, "promote"],
      [actorId, "demote"],
    ]);
    expect(audit[0]!.before).toEqual({ username: "promoted_member", role: "user", blockedAt: null });
    expect(audit[0]!.after).toEqual({ username: "promoted_member", role: "admin", blockedAt: null });
  });

  it("leaves no audit row when a decision changes nothing", async () => {
    const actorId = (await demoAdmin()).id;
    const memberId = (await createUser({ username: "already_member" })).id;
    expect(await changeUserAccess({ actorId, userId: memberId, decision: "demote", reason: null })).toMatchObject({
      ok: true,
    });
    expect(await changeUserAccess({ actorId, userId: memberId, decision: "unblock", reason: null })).toMatchObject({
      ok: true,
    });
    expect(await auditOf(memberId)).toHaveLength(0);
  });

  it("refuses to let an admin demote or block themself, and writes nothing", async () => {
    const actorId = (await demoAdmin()).id;
    for (const decision of ["demote", "block"] as const) {
      expect(await changeUserAccess({ actorId, userId: actorId, decision, reason: "testing" })).toEqual({
        ok: false,
        reason: "self",
      });
    }
    expect(await accessOf(actorId)).toEqual({ role: "admin", blockedAt: null });
    expect(await auditOf(actorId)).toHaveLength(0);
  });

  it("never demotes the last admin: of two admins demoting each other at once, the second is refused", async () => {
    const first = (await createUser({ username: "rival_admin_one", role: "admin" })).id;
    const second = (await createUser({ username: "rival_admin_two", role: "admin" })).id;

    const outcomes = await Promise.all([
      changeUserAccess({ actorId: first, userId: second, decision: "demote", reason: null }),
      changeUserAccess({ actorId: second, userId: first, decision: "demote", reason: null }),
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? "demoted" : outcome.reason)).sort()).toEqual([
      "demoted",
      "not-admin",
    ]);
    const roles = [(await accessOf(first)).role, (await accessOf(second)).role].sort();
    expect(roles).toEqual(["admin", "user"]);
  });

  it("refuses an actor who is not an admin, or no longer one", async () => {
    const notAnAdmin = (await createUser({ username: "not_an_admin" })).id;
    const memberId = (await createUser({ username: "untouched_member" })).id;
    expect(
      await changeUserAccess({ actorId: notAnAdmin, userId: memberId, decision: "block", reason: "no right" }),
    ).toEqual({ ok: false, reason: "not-admin" });
    expect((await accessOf(memberId)).blockedAt).toBeNull();
  });

  it("blocks a member with the reason in the audit row, and unblocks them", async () => {
    const actorId = (await demoAdmin()).id;
    const memberId = (await createUser({ username: "blocked_member" })).id;

    await changeUserAccess({ actorId, userId: memberId, decision: "block", reason: "Spam accounts" });
    const blockedAt = (await accessOf(memberId)).blockedAt;
    expect(blockedAt).toBeInstanceOf(Date);
    expect((await listUsersForAdmin({ status: "blocked", page: 1 })).users.map((user) => user.username)).toContain(
      "blocked_member",
    );

    await changeUserAccess({ actorId, userId: memberId, decision: "unblock", reason: null });
    expect((await accessOf(memberId)).blockedAt).toBeNull();

    const audit = await auditOf(memberId);
    expect(audit.map((entry) => entry.action)).toEqual(["block", "unblock"]);
    expect(audit[0]!.before).toEqual({ username: "blocked_member", role: "user", blockedAt: null });
    expect(audit[0]!.after).toEqual({
      username: "blocked_member",
      role: "user",
      blockedAt: blockedAt!.toISOString(),
      reason: "Spam accounts",
    });
    expect(audit[1]!.after).toEqual({ username: "blocked_member", role: "user", blockedAt: null });
  });

  it("finds accounts by part of the username or email in any case, taking LIKE's wildcards literally", async () => {
    await createUser({ username: "wild_a_b" });
    await createUser({ username: "wild_axb" });
    await createUser({ username: "wild_pct", email: "hundred%percent@example.com" });
    await createUser({ username: "wild_slash", email: "back\\slash@example.com" });

    expect(await usernamesFound("WILD_A")).toEqual(expect.arrayContaining(["wild_a_b", "wild_axb"]));
    expect(await usernamesFound("a_b")).toContain("wild_a_b");
    expect(await usernamesFound("a_b")).not.toContain("wild_axb");
    expect(await usernamesFound("%")).toEqual(["wild_pct"]);
    expect(await usernamesFound("K\\S")).toEqual(["wild_slash"]);
  });

  it("lists only admins or only blocked accounts when asked, newest first", async () => {
    const admins = (await listUsersForAdmin({ role: "admin", page: 1 })).users;
    expect(admins.map((user) => user.username)).toContain("admin");
    expect(admins.every((user) => user.role === "admin")).toBe(true);
    expect(
      (await listUsersForAdmin({ status: "blocked", page: 1 })).users.every((user) => user.blockedAt !== null),
    ).toBe(true);

    const joined = (await listUsersForAdmin({ page: 1 })).users.map((user) => user.createdAt.getTime());
    expect(joined).toEqual([...joined].sort((a, b) => b - a));
  });

  it("counts each account's ratings and, of those, the written reviews", async () => {
    const memberId = (await createUser({ username: "counted_member" })).id;
    const twoFilms = await getDb().select({ id: films.id }).from(films).orderBy(films.id).limit(2);
    await createReview({ filmId: twoFilms[0]!.id, userId: memberId, body: "Worth the trip." });
    await createReview({ filmId: twoFilms[1]!.id, userId: memberId });
    expect((await listUsersForAdmin({ query: "counted_member", page: 1 })).users).toEqual([
      expect.objectContaining({ username: "counted_member", ratingCount: 2, reviewCount: 1 }),
    ]);
  });
});
