// What a member says and shows of themselves on their profile.
import { eq, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { reviews, users } from "../schema";

type ProfileChange = Partial<Pick<typeof users.$inferInsert, "displayName" | "bio" | "avatar">>;

/**
 * Sets what the member shows of themselves; returns the films whose pages show the member beside a review, which
 * the change makes stale.
 */
function changeProfile(userId: number, change: ProfileChange) {
  return getPrimaryDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...change, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    const reviewed = await tx.select({ filmId: reviews.filmId }).from(reviews).where(eq(reviews.userId, userId));
    return reviewed.map((review) => review.filmId);
  });
}

/** Sets the display name and bio; returns the films whose pages show the member's name beside a review. */
export function updateProfile(
  userId: number,
  { displayName, bio }: { displayName: string | null; bio: string | null },
) {
  return changeProfile(userId, { displayName, bio });
}

/**
 * Points the member's avatar at a stored picture (db/mutations/stored-images.ts), or at none. The file stays: its name
 * is its hash, and the same bytes may be another member's avatar too.
 */
export function setAvatar(userId: number, avatar: string | null) {
  return changeProfile(userId, { avatar });
}
