// Users and what they write: reviews (a rating with optional text), their earlier versions, and per-film rating stats.
import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { films } from "./catalogue";

export const userRole = pgEnum("user_role", ["user", "admin"]);

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    username: text().notNull(),
    email: text().notNull(),
    // Null for accounts that only sign in through an OAuth provider.
    passwordHash: text(),
    role: userRole().notNull().default("user"),
    displayName: text(),
    bio: text(),
    // A stored picture's address (lib/image-files.ts), like a film's poster.
    avatar: text(),
    // Whether visitors may see the member's watchlist; the member always sees their own.
    watchlistIsPublic: boolean().notNull().default(true),
    // Changing the password (or losing it to the email's verified owner) ends every session (db/mutations/sessions.ts).
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // A blocked member can neither sign in nor post; their sessions are ended, and stay ended when unblocked.
    blockedAt: timestamp({ withTimezone: true }),
    // When GitHub or Google first vouched for the email. Sign-up does not check emails, so until then anyone may
    // have registered it (see findOrCreateOAuthAccount).
    emailVerifiedAt: timestamp({ withTimezone: true }),
    // Set when a member deleted their account but kept their written reviews: the row stays, emptied of everything
    // personal, so that the reviews keep an author (shown as "Deleted member", with no profile).
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Usernames and emails are unique regardless of case: "Anna" and "anna" are one account.
    uniqueIndex("users_username_key").on(sql`lower(${t.username})`),
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_username_format", sql`${t.username} ~ '^[A-Za-z0-9_]{3,30}$'`),
  ],
);

export const reviewStatus = pgEnum("review_status", ["visible", "hidden"]);

/**
 * One per user per film. Rating 1–10 are half stars (0.5–5 stars); 0 is ČSFD's "trash".
 * A review without a body is a bare rating.
 */
export const reviews = pgTable(
  "reviews",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: smallint().notNull(),
    body: text(),
    hasSpoilers: boolean().notNull().default(false),
    status: reviewStatus().notNull().default("visible"),
    // Why a moderator hid the review; shown to its author.
    moderationReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Set when the author changes the rating or text, so the page can say "edited".
    editedAt: timestamp({ withTimezone: true }),
    // Members' likes (review_likes), kept by a trigger (migration 0021) so "popular" sorts without counting.
    likeCount: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex("reviews_film_user_key").on(t.filmId, t.userId),
    // In the order the newest-first queries read, "desc" being NULLS FIRST; .desc() alone writes NULLS LAST (0011).
    index("reviews_film_created_idx").on(t.filmId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("reviews_film_rating_idx").on(t.filmId, t.rating),
    index("reviews_film_likes_idx").on(t.filmId, t.likeCount.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("reviews_user_created_idx").on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("reviews_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check("reviews_rating_range", sql`${t.rating} between 0 and 10`),
    check("reviews_body_length", sql`${t.body} is null or char_length(${t.body}) between 1 and 20000`),
  ],
);

/** Earlier versions of a review, written whenever its author edits it. */
export const reviewRevisions = pgTable(
  "review_revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    rating: smallint().notNull(),
    body: text(),
    hasSpoilers: boolean().notNull(),
    // When this version was first written.
    writtenAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("review_revisions_review_idx").on(t.reviewId, t.writtenAt)],
);

/**
 * A moderator's hide of a member's review of a film, kept apart from the review so that it outlives it. While it
 * stands, whatever the member saves about that film stays hidden and waits in the moderation queue: the hidden review
 * edited, or a new one posted after deleting it, a bare rating too (the hide kept their rating out of the average).
 * Showing the review again ends it (db/mutations/moderation.ts).
 */
export const reviewHolds = pgTable(
  "review_holds",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: "cascade" }),
    // The review the moderator hid; no foreign key, as the hold outlives it. A re-post's audit entry names it.
    hiddenReviewId: integer().notNull(),
    // The moderator's reason, shown to the author of the hidden review and of whatever they post instead.
    reason: text(),
    // When the author last re-posted or edited the review: from then until a moderator decides, it is in the queue.
    resubmittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.filmId] }),
    index("review_holds_resubmitted_idx")
      .on(t.resubmittedAt)
      .where(sql`${t.resubmittedAt} is not null`),
  ],
);

/**
 * Visible ratings of a film, aggregated. Kept exact by a trigger on `reviews` (see the migration
 * `film_rating_stats_trigger`), so pages never aggregate reviews at request time.
 */
export const filmRatingStats = pgTable(
  "film_rating_stats",
  {
    filmId: integer()
      .primaryKey()
      .references(() => films.id, { onDelete: "cascade" }),
    ratingCount: integer().notNull().default(0),
    ratingSum: integer().notNull().default(0),
    // Visible reviews that have a body, for "most reviewed".
    reviewCount: integer().notNull().default(0),
    // histogram[i + 1] counts ratings of value i (0–10); Postgres arrays start at 1.
    histogram: integer()
      .array()
      .notNull()
      .default(sql`'{0,0,0,0,0,0,0,0,0,0,0}'::integer[]`),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("film_rating_stats_count_idx").on(t.ratingCount.desc()),
    index("film_rating_stats_review_count_idx").on(t.reviewCount.desc()),
    check("film_rating_stats_histogram_size", sql`cardinality(${t.histogram}) = 11`),
    check(
      "film_rating_stats_non_negative",
      sql`${t.ratingCount} >= 0 and ${t.ratingSum} >= 0 and ${t.reviewCount} >= 0`,
    ),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({ reviews: many(reviews) }));

export const reviewsRelations = relations(reviews, ({ one, many }) => ({
  film: one(films, { fields: [reviews.filmId], references: [films.id] }),
  user: one(users, { fields: [reviews.userId], references: [users.id] }),
  revisions: many(reviewRevisions),
}));

export const reviewRevisionsRelations = relations(reviewRevisions, ({ one }) => ({
  review: one(reviews, { fields: [reviewRevisions.reviewId], references: [reviews.id] }),
}));

export const filmRatingStatsRelations = relations(filmRatingStats, ({ one }) => ({
  film: one(films, { fields: [filmRatingStats.filmId], references: [films.id] }),
}));

export const reportReason = pgEnum("report_reason", ["spam", "abuse", "spoilers", "off-topic", "other"]);

/** A member's report of a review, for the moderation queue. One per member per review. */
export const reviewReports = pgTable(
  "review_reports",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    reporterId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: reportReason().notNull(),
    details: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedById: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("review_reports_review_reporter_key").on(t.reviewId, t.reporterId),
    // The moderation queue reads the open reports, oldest first.
    index("review_reports_open_idx")
      .on(t.createdAt)
      .where(sql`${t.resolvedAt} is null`),
    check("review_reports_details_length", sql`${t.details} is null or char_length(${t.details}) <= 1000`),
  ],
);

export const reviewReportsRelations = relations(reviewReports, ({ one }) => ({
  review: one(reviews, { fields: [reviewReports.reviewId], references: [reviews.id] }),
  reporter: one(users, { fields: [reviewReports.reporterId], references: [users.id] }),
}));
