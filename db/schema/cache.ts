// Cache invalidations shared by the app servers (cache-handlers/shared-tags.ts): when each tag was last invalidated,
// so that a server starting later, or one that missed a notification, knows which of its cached pages are stale.
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const cacheTagInvalidations = pgTable(
  "cache_tag_invalidations",
  {
    tag: text().primaryKey(),
    /** From then on, entries with the tag may be served once more while they are rendered again. */
    staleAt: timestamp({ withTimezone: true }),
    /** From then on, entries with the tag made before it are not served at all. */
    expiredAt: timestamp({ withTimezone: true }),
  },
  // Every render for the page cache reads the last seconds' invalidations (shared-tags.ts catchUp): one row for
  // each tag ever invalidated, a member's or a review's included, is too many to scan each time.
  (table) => [
    index("cache_tag_invalidations_stale_at_idx").on(table.staleAt),
    index("cache_tag_invalidations_expired_at_idx").on(table.expiredAt),
  ],
);
