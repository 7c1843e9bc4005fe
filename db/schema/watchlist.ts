// A member's watchlist: films they mean to see, one row per member per film.
import { relations } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";
import { films } from "./catalogue";
import { users } from "./community";

export const watchlistEntries = pgTable(
  "watchlist_entries",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.filmId] }),
    // The watchlist page reads a member's entries newest first; "desc" being NULLS FIRST, as in 0011.
    index("watchlist_entries_user_added_idx").on(t.userId, t.addedAt.desc().nullsFirst(), t.filmId.desc().nullsFirst()),
    // A film's deletion or merge finds its entries by film.
    index("watchlist_entries_film_idx").on(t.filmId),
  ],
);

export const watchlistEntriesRelations = relations(watchlistEntries, ({ one }) => ({
  film: one(films, { fields: [watchlistEntries.filmId], references: [films.id] }),
  user: one(users, { fields: [watchlistEntries.userId], references: [users.id] }),
}));
