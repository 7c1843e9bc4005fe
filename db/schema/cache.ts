// Cache invalidations shared by the app servers (cache-handlers/shared-tags.ts): when each tag was last invalidated,
// so that a server starting later, or one that missed a notification, knows which of its cached pages are stale.
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const cacheTagInvalidations = pgTable("cache_tag_invalidations", {
  tag: text().primaryKey(),
  /** From then on, entries with the tag may be served once more while they are rendered again. */
  staleAt: timestamp({ withTimezone: true }),
  /** From then on, entries with the tag made before it are not served at all. */
  expiredAt: timestamp({ withTimezone: true }),
});
