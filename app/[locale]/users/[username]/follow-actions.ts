"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { followMember, unfollowMember } from "@/db/mutations/follows";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { idField } from "@/lib/validation/fields";

// Both forms post the followed member alone: who follows comes from the session, so nobody follows for another.
const followFormSchema = z.object({ userId: idField("That member does not exist.") });

/** Whether the member may follow or unfollow now, counted like every other member write. */
function isWithinLimit(userId: number) {
  return hitRateLimit(rateLimits.followsPerUser, String(userId));
}

export const followAction = defineAction({
  who: "member",
  schema: followFormSchema,
  async run({ userId }, { caller }) {
    if (userId === caller.id) return refuse("You cannot follow yourself.");
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.followsPerUser.message);
    const followed = await followMember({ followerId: caller.id, followeeId: userId });
    if (!followed.ok) return refuse("This member’s account no longer exists.");
    return done({
      writes: followed.isNew ? [{ kind: "follow-changed", followerId: caller.id, followeeId: userId }] : [],
    });
  },
});

export const unfollowAction = defineAction({
  who: "member",
  schema: followFormSchema,
  async run({ userId }, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.followsPerUser.message);
    const isUnfollowed = await unfollowMember({ followerId: caller.id, followeeId: userId });
    return done({
      writes: isUnfollowed ? [{ kind: "follow-changed", followerId: caller.id, followeeId: userId }] : [],
    });
  },
});
