// Signed-in sessions, so that they can be ended on the server: the session cookie (an Auth.js JWT) names its row,
// and a cookie whose row is gone is signed out on every app server at once.
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./community";

export const sessions = pgTable(
  "sessions",
  {
    // Random, 32 bytes: the cookie is signed and encrypted, so the id alone opens nothing, but nor can it be guessed.
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Moved at most every few minutes (SESSION_SEEN_EVERY), not on every request.
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // What the member sees in their list to tell their sessions apart: the browser and the address it signed in from.
    userAgent: text(),
    address: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
