// A forgotten password, reset through a link sent to the account's email.
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/password";
import { getPrimaryDb } from "../client";
import { users } from "../schema";
import { issueAccountToken, spendAccountToken, type SpentToken } from "./account-tokens";
import { endSessionsOf } from "./sessions";

/**
 * A reset link's token for the account with this email, or undefined when there is none or it is blocked (a
 * blocked member cannot sign in, so a new password would not help them). The caller answers both the same way.
 */
export async function requestPasswordReset(email: string) {
  return getPrimaryDb().transaction(async (tx) => {
    const [account] = await tx
      .select({ id: users.id, email: users.email, username: users.username, blockedAt: users.blockedAt })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email})`);
    if (!account || account.blockedAt) return undefined;
    const token = await issueAccountToken(tx, { userId: account.id, purpose: "password-reset", email: account.email });
    return { token, email: account.email, username: account.username };
  });
}

export type ResetPasswordResult = { ok: true; username: string } | Exclude<SpentToken, { ok: true }>;

/**
 * Sets the new password if the link is still good, and ends every session: whoever knew the old password is signed
 * out. Following the link proves the member reads that email, so it counts as checked (emailVerifiedAt).
 */
export async function resetPassword(token: string, newPassword: string): Promise<ResetPasswordResult> {
  const passwordHash = await hashPassword(newPassword);
  return getPrimaryDb().transaction(async (tx) => {
    const spent = await spendAccountToken(tx, token, "password-reset");
    if (!spent.ok) return spent;
    const now = new Date();
    const [account] = await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now,
        updatedAt: now,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(eq(users.id, spent.userId))
      .returning({ username: users.username });
    await endSessionsOf(tx, spent.userId);
    return { ok: true, username: account!.username };
  });
}
