// A member moves their account to another email: the new address is theirs once they follow the link sent to it.
import { and, eq, ne, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { users } from "../schema";
import { issueAccountToken, spendAccountToken, type SpentToken } from "./account-tokens";

const usedByAnother = (userId: number, email: string) =>
  and(sql`lower(${users.email}) = lower(${email})`, ne(users.id, userId));

export type RequestEmailChangeResult = { ok: true; token: string } | { ok: false; reason: "taken" | "same" };

/** A link's token to confirm `newEmail` for the member; refused when it is theirs already or another's. */
export async function requestEmailChange(
  { userId, email }: { userId: number; email: string },
  newEmail: string,
): Promise<RequestEmailChangeResult> {
  if (newEmail.toLowerCase() === email.toLowerCase()) return { ok: false, reason: "same" };
  return getPrimaryDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(usedByAnother(userId, newEmail));
    if (taken) return { ok: false, reason: "taken" } as const;
    return {
      ok: true,
      token: await issueAccountToken(tx, { userId, purpose: "verify-email", email: newEmail }),
    } as const;
  });
}

export type ConfirmEmailChangeResult =
  { ok: true; userId: number; email: string } | Exclude<SpentToken, { ok: true }> | { ok: false; reason: "taken" };

/** Makes the link's address the member's, checked as of now; refused if another account took it meanwhile. */
export async function confirmEmailChange(token: string): Promise<ConfirmEmailChangeResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const spent = await spendAccountToken(tx, token, "verify-email");
    if (!spent.ok) return spent;
    // Locks any account with the address, so two confirmations of it cannot both pass.
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(usedByAnother(spent.userId, spent.email))
      .for("update");
    if (taken) return { ok: false, reason: "taken" } as const;
    await tx
      .update(users)
      .set({ email: spent.email, emailVerifiedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, spent.userId));
    return { ok: true, userId: spent.userId, email: spent.email } as const;
  });
}
