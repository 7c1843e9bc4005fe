// A member follows or stops following another: both idempotent, each in one transaction with the followed member's
// notification, so that a follow and its "followed you" are written, or taken back, together.
import { and, eq, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { follows, users } from "../schema";
import { notify, withdrawNotification } from "./notifications";

interface FollowChange {
  followerId: number;
  followeeId: number;
}

export type FollowResult = { ok: true; isNew: boolean } | { ok: false; reason: "self" | "member-gone" };

/** The follower follows the followee from now; following again keeps the date they first did. */
export async function followMember({ followerId, followeeId }: FollowChange): Promise<FollowResult> {
  if (followerId === followeeId) return { ok: false, reason: "self" };
  return getPrimaryDb().transaction(async (tx) => {
    // Selected from users, so that an account deleted meanwhile is a refusal rather than a foreign key error.
    const added = await tx.execute(sql`
      insert into ${follows} (follower_id, followee_id)
      select ${followerId}, ${users.id} from ${users} where ${users.id} = ${followeeId}
      on conflict do nothing
      returning followee_id`);
    if (added.length > 0) {
      await notify(tx, { kind: "follow", userId: followeeId, actorId: followerId });
      return { ok: true, isNew: true } as const;
    }
    const [followee] = await tx.select({ id: users.id }).from(users).where(eq(users.id, followeeId));
    return followee ? ({ ok: true, isNew: false } as const) : ({ ok: false, reason: "member-gone" } as const);
  });
}

/** The follower stops following the followee; whether they did. An unread "followed you" goes with it. */
export async function unfollowMember({ followerId, followeeId }: FollowChange) {
  return getPrimaryDb().transaction(async (tx) => {
    const removed = await tx
      .delete(follows)
      .where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId)))
      .returning({ followeeId: follows.followeeId });
    if (removed.length === 0) return false;
    await withdrawNotification(tx, { kind: "follow", userId: followeeId, actorId: followerId });
    return true;
  });
}
