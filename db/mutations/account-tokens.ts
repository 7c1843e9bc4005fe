// Issues and spends the one-use tokens of emailed links (db/schema/account-tokens.ts).
import { and, eq, isNull } from "drizzle-orm";
import { ACCOUNT_TOKEN_LIFETIME_MS, hashAccountToken, newAccountToken } from "@/lib/account-tokens";
import type { Executor } from "../client";
import { accountTokens } from "../schema";

type Purpose = (typeof accountTokens.$inferSelect)["purpose"];

/** A new token for the member; any earlier unspent one of the same purpose stops working, so only the last link does. */
export async function issueAccountToken(
  tx: Executor,
  { userId, purpose, email }: { userId: number; purpose: Purpose; email: string },
) {
  const { token, tokenHash } = newAccountToken();
  const now = new Date();
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    tokenHash,
    userId,
    purpose,
    email,
    expiresAt: new Date(now.getTime() + ACCOUNT_TOKEN_LIFETIME_MS[purpose]),
  });
  return token;
}

export type SpentToken =
  { ok: true; userId: number; email: string } | { ok: false; reason: "unknown" | "expired" | "used" };

/** Spends the token, locked so that two clicks on one link cannot both use it; call inside the write it allows. */
export async function spendAccountToken(tx: Executor, token: string, purpose: Purpose): Promise<SpentToken> {
  const [row] = await tx
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashAccountToken(token)), eq(accountTokens.purpose, purpose)))
    .for("update");
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  await tx.update(accountTokens).set({ usedAt: new Date() }).where(eq(accountTokens.tokenHash, row.tokenHash));
  return { ok: true, userId: row.userId, email: row.email };
}
