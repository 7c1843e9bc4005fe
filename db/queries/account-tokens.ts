// Reads an emailed link's token without spending it: the page it opens says at once whether it still works.
import { and, eq, gt, isNull } from "drizzle-orm";
import { hashAccountToken } from "@/lib/account-tokens";
import { getPrimaryDb } from "../client";
import { accountTokens, users } from "../schema";

type Purpose = (typeof accountTokens.$inferSelect)["purpose"];

/** The member a working token belongs to, with the address it was sent to; undefined when spent, expired or unknown. */
export async function findWorkingAccountToken(token: string, purpose: Purpose) {
  // From the primary: the link is followed seconds after the token was written.
  const [found] = await getPrimaryDb()
    .select({ username: users.username, email: accountTokens.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, hashAccountToken(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, new Date()),
      ),
    );
  return found;
}
