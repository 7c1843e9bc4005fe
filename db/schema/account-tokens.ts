// One-use links sent by email: a password reset, or the proof that a member owns an address. Only the token's
// SHA-256 is stored, so a leaked table opens no account.
import { index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./community";

export const accountTokenPurpose = pgEnum("account_token_purpose", ["password-reset", "verify-email"]);

export const accountTokens = pgTable(
  "account_tokens",
  {
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose().notNull(),
    // The address the link was sent to: for "verify-email", the one that becomes the member's when they follow it.
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);
