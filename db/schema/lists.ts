// Members' lists of films: ranked or not, public or private, with a note per film.
import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { films } from "./catalogue";
import { users } from "./community";

export const filmLists = pgTable(
  "film_lists",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The list's address under its owner: /users/{username}/lists/{slug}.
    slug: text().notNull(),
    title: text().notNull(),
    description: text(),
    ranked: boolean().notNull().default(false),
    isPublic: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("film_lists_user_slug_key").on(t.userId, t.slug),
    index("film_lists_user_updated_idx").on(t.userId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check("film_lists_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("film_lists_description_length", sql`${t.description} is null or char_length(${t.description}) <= 5000`),
  ],
);

export const filmListItems = pgTable(
  "film_list_items",
  {
    listId: integer()
      .notNull()
      .references(() => filmLists.id, { onDelete: "cascade" }),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    // 1-based order in the list; unranked lists keep the order films were added in.
    position: integer().notNull(),
    note: text(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.filmId] }),
    // The activity of followed members reads each followed list's latest additions (db/queries/activity.ts).
    index("film_list_items_list_added_idx").on(t.listId, t.addedAt.desc().nullsFirst(), t.filmId.desc().nullsFirst()),
    index("film_list_items_list_position_idx").on(t.listId, t.position),
    // "In 3 lists" on a film's page, and a film's deletion or merge.
    index("film_list_items_film_idx").on(t.filmId),
    check("film_list_items_note_length", sql`${t.note} is null or char_length(${t.note}) <= 2000`),
  ],
);

export const filmListsRelations = relations(filmLists, ({ one, many }) => ({
  user: one(users, { fields: [filmLists.userId], references: [users.id] }),
  items: many(filmListItems),
}));

export const filmListItemsRelations = relations(filmListItems, ({ one }) => ({
  list: one(filmLists, { fields: [filmListItems.listId], references: [filmLists.id] }),
  film: one(films, { fields: [filmListItems.filmId], references: [films.id] }),
}));
