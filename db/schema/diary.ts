// A member's diary: every time they watched a film, on a date. A film's review stays one per member (reviews); the
// diary keeps each viewing, with the rating they gave it that day.
import { relations, sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, smallint, timestamp } from "drizzle-orm/pg-core";
import { films } from "./catalogue";
import { users } from "./community";

export const diaryEntries = pgTable(
  "diary_entries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    // The day as the member gives it, with no time zone: Letterboxd's "Watched Date".
    watchedOn: date({ mode: "string" }).notNull(),
    rewatch: boolean().notNull().default(false),
    // The rating of this viewing, on the reviews' scale (0 trash, 1–10 half stars); null when not rated that day.
    rating: smallint(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The diary page reads a member's month newest first; "desc" being NULLS FIRST, as in 0011.
    index("diary_entries_user_watched_idx").on(t.userId, t.watchedOn.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The activity of followed members reads each one's latest entries (db/queries/activity.ts).
    index("diary_entries_user_created_idx").on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // A film's deletion or merge finds its entries by film.
    index("diary_entries_film_idx").on(t.filmId),
    check("diary_entries_rating_range", sql`${t.rating} is null or ${t.rating} between 0 and 10`),
  ],
);

export const diaryEntriesRelations = relations(diaryEntries, ({ one }) => ({
  film: one(films, { fields: [diaryEntries.filmId], references: [films.id] }),
  user: one(users, { fields: [diaryEntries.userId], references: [users.id] }),
}));
