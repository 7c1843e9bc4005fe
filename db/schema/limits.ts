// Request limits kept in PostgreSQL, so they hold across several app servers.
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Hits per fixed time window, e.g. ("sign-in-account", "anna", 12:00) → 3. Old windows are pruned as new ones open. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    bucket: text().notNull(),
    subject: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.subject, t.windowStart] }),
    index("rate_limits_window_idx").on(t.windowStart),
    check("rate_limits_hits_positive", sql`${t.hits} > 0`),
  ],
);
