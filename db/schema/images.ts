// What is known of each stored picture (lib/image-files.ts) beyond its bytes: its size, a blurred preview shown while
// it loads, and where it came from (TMDB's terms ask that its pictures be credited). Keyed by the picture's address,
// which is its hash: films, people and members point at a picture, and so do the revisions an admin can bring back.
import { integer, pgEnum, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";

export const imageSource = pgEnum("image_source", ["upload", "tmdb"]);

export const storedImages = pgTable("stored_images", {
  /** `/posters/<sha-256>.webp`, `/photos/<sha-256>.webp` or `/avatars/<sha-256>.webp`. */
  url: text().primaryKey(),
  width: smallint().notNull(),
  height: smallint().notNull(),
  /** A data: URL of a picture a few pixels wide, which next/image blurs. */
  placeholder: text().notNull(),
  source: imageSource().notNull(),
  /** The picture's id at its source, where it has one (TMDB's film or person id). */
  sourceId: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
