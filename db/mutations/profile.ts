// What a member says about themselves on their profile.
import { eq, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { reviews, users } from "../schema";

/** Sets the display name and bio; returns the films whose pages show the member's name beside a review. */
export async function updateProfile(
  userId: number,
  { displayName, bio }: { displayName: string | null; bio: string | null },
) {
  return getPrimaryDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ displayName, bio, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    const reviewed = await tx.select({ filmId: reviews.filmId }).from(reviews).where(eq(reviews.userId, userId));
    return reviewed.map((review) => review.filmId);
  });
}
