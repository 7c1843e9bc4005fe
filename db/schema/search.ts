// The search dictionary: every distinct word of every title and name, and the spellings one letter short of each,
// kept by triggers (migration 0009). Both compare words byte by byte (COLLATE "C" in the migration), so "starts
// with" is a range of the primary key in any script.
import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * One row per word ("escape", "탈주", "jong"). A query word is looked up here — as itself, as the start of longer
 * words, through its misspellings — and the catalogue is then read only for the titles holding one of the words
 * found, never for every title that shares a few letters with the query. Words no title uses any more stay: they
 * find nothing.
 */
export const searchWords = pgTable("search_words", {
  word: text().primaryKey(),
});

/**
 * Each word with one letter left out ("escape" → "scape", "ecape", …, "escpe"), so a misspelling one letter off is an
 * exact lookup: a query word matches a word when leaving out a letter of either (or of both) makes them equal. That
 * covers a letter missing, added, wrong or two letters swapped ("escpae" and "escape" both give "escpe").
 */
export const searchWordDeletions = pgTable(
  "search_word_deletions",
  {
    deletion: text().notNull(),
    word: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.deletion, t.word] })],
);
