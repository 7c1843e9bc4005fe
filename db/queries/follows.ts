// Reads of who follows whom: a profile's counts, its followers and following pages, and the profile's own button.
import { and, desc, eq, sql } from "drizzle-orm";
import type { FollowDirection } from "@/lib/follow-paths";
import { getDb } from "../client";
import { follows, reviews, users } from "../schema";
import { splitWindowTotal } from "./window-total";

// A member's followers are the rows naming them as followee; the members they follow, as follower.
const sides = {
  followers: { theirs: follows.followeeId, listed: follows.followerId },
  following: { theirs: follows.followerId, listed: follows.followeeId },
} as const;

/** How many follow the member, and how many they follow, in one round trip. */
export async function countFollows(userId: number) {
  const [counts] = await getDb()
    .select({
      followerCount: sql<number>`count(*) filter (where ${follows.followeeId} = ${userId})`.mapWith(Number),
      followingCount: sql<number>`count(*) filter (where ${follows.followerId} = ${userId})`.mapWith(Number),
    })
    .from(follows)
    .where(sql`${userId} in (${follows.followerId}, ${follows.followeeId})`);
  return counts ?? { followerCount: 0, followingCount: 0 };
}

/** One page of a member's followers, or of the members they follow, latest first; and how many in all. */
export async function listFollowMembers(
  userId: number,
  direction: FollowDirection,
  { page, pageSize }: { page: number; pageSize: number },
) {
  const { theirs, listed } = sides[direction];
  const rows = await getDb()
    .select({
      followedAt: follows.createdAt,
      member: { id: users.id, username: users.username, displayName: users.displayName },
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(follows)
    .innerJoin(users, eq(users.id, listed))
    .where(eq(theirs, userId))
    .orderBy(desc(follows.createdAt), desc(listed))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const { rows: members, total } = await splitWindowTotal(rows, page, () =>
    getDb().$count(follows, eq(theirs, userId)),
  );
  return { members, total };
}

export type FollowMemberData = Awaited<ReturnType<typeof listFollowMembers>>["members"][number];

/** Whether the signed-in member follows the member, for the profile's button (never cached: per member). */
export async function isFollowing(followerId: number, followeeId: number) {
  const [row] = await getDb()
    .select({ followeeId: follows.followeeId })
    .from(follows)
    .where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId)))
    .limit(1);
  return row !== undefined;
}

/** The ratings of a film by the members `userId` follows, highest first (hidden reviews are not theirs to show). */
export async function listFollowedRatings(userId: number, filmId: number) {
  return getDb()
    .select({
      username: users.username,
      displayName: users.displayName,
      rating: reviews.rating,
      reviewId: reviews.id,
      hasText: sql<boolean>`${reviews.body} is not null`,
    })
    .from(follows)
    .innerJoin(reviews, and(eq(reviews.userId, follows.followeeId), eq(reviews.filmId, filmId)))
    .innerJoin(users, eq(users.id, follows.followeeId))
    .where(and(eq(follows.followerId, userId), eq(reviews.status, "visible")))
    .orderBy(desc(reviews.rating), users.username)
    .limit(50);
}
