// What members do with each other: follow, like reviews, and hear about it in their notifications.
import { relations, sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";
import { reviews, users } from "./community";

export const follows = pgTable(
  "follows",
  {
    followerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    followeeId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.followeeId] }),
    // A member's followers page, newest first.
    index("follows_followee_created_idx").on(t.followeeId, t.createdAt.desc().nullsFirst()),
    check("follows_not_self", sql`${t.followerId} <> ${t.followeeId}`),
  ],
);

/** One like per member per review; reviews.like_count follows it by trigger (migration 0021). */
export const reviewLikes = pgTable(
  "review_likes",
  {
    reviewId: integer()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.userId] }),
    // A member's liked reviews page, newest first.
    index("review_likes_user_created_idx").on(t.userId, t.createdAt.desc().nullsFirst()),
  ],
);

export const notificationKind = pgEnum("notification_kind", ["follow", "review-like"]);

/** In-app notifications: someone followed the member, or liked their review. */
export const notifications = pgTable(
  "notifications",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // Who is told.
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    // Who did it.
    actorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The liked review, for "review-like".
    reviewId: integer().references(() => reviews.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The header's unread count.
    index("notifications_user_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

export const followsRelations = relations(follows, ({ one }) => ({
  follower: one(users, { fields: [follows.followerId], references: [users.id], relationName: "follower" }),
  followee: one(users, { fields: [follows.followeeId], references: [users.id], relationName: "followee" }),
}));

export const reviewLikesRelations = relations(reviewLikes, ({ one }) => ({
  review: one(reviews, { fields: [reviewLikes.reviewId], references: [reviews.id] }),
  user: one(users, { fields: [reviewLikes.userId], references: [users.id] }),
}));
