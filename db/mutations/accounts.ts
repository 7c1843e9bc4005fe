// Writes to accounts.
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { hashPassword } from "@/lib/password";
import { getDb } from "../client";
import { reviews, users } from "../schema";

export type CreateAccountResult = { ok: true; id: number } | { ok: false; taken: "username" | "email" };

/** Creates an account; a username or email already in use (in any case) is reported, not thrown. */
export async function createAccount({ username, email, password }: { username: string; email: string; password: string }): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(password);
  try {
    const [account] = await getDb().insert(users).values({ username, email, passwordHash }).returning({ id: users.id });
    return { ok: true, id: account!.id };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof postgres.PostgresError ? error.cause : error;
    if (cause instanceof postgres.PostgresError && cause.code === "23505") {
      return { ok: false, taken: cause.constraint_name === "users_email_key" ? "email" : "username" };
    }
    throw error;
  }
}

/** Sets a new password and moves password_changed_at, which ends every session signed in with the old one. */
export async function changePassword(userId: number, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  await getDb().update(users).set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, userId));
}

/**
 * Deletes an account. Its reviews and ratings go with it (the stats trigger takes them out of every film's
 * rating); audit entries it made keep their rows with the actor set to null.
 */
export async function deleteAccount(userId: number) {
  return getDb().transaction(async (tx) => {
    const reviewed = await tx.select({ filmId: reviews.filmId }).from(reviews).where(eq(reviews.userId, userId));
    await tx.delete(users).where(eq(users.id, userId));
    // The films whose pages showed the member's ratings, so that their caches can be refreshed.
    return { reviewedFilmIds: reviewed.map((review) => review.filmId) };
  });
}
