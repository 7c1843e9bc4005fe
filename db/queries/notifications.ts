// Reads of a member's notifications: their page, newest first and paged by keyset, and the header's unread count.
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { CURSOR_TIME_FORMAT, formatCursor, parseCursor } from "@/lib/keyset-cursor";
import { getDb } from "../client";
import { films, notifications, reviews, users } from "../schema";

/** Where a page of notifications starts: after the notification at this time with this id. */
export interface NotificationPosition {
  at: string;
  id: number;
}

/** The position an "older" link names (`olderCursor` below), or undefined for the first page. */
export function notificationPositionOf(cursor: string | undefined): NotificationPosition | undefined {
  const parsed = parseCursor(cursor, 1);
  const [id] = parsed?.keys ?? [];
  if (!parsed || !/^\d+$/.test(id!)) return undefined;
  return { at: parsed.at, id: Number(id) };
}

/** A page of the member's notifications, newest first, each with who did it and, for a like, the review's film. */
export async function listNotifications(
  userId: number,
  { before, pageSize }: { before?: NotificationPosition; pageSize: number },
) {
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      cursorAt: sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', ${CURSOR_TIME_FORMAT})`,
      actor: { username: users.username, displayName: users.displayName },
      reviewId: notifications.reviewId,
      film: { id: films.id, slug: films.slug, title: films.title, year: films.year },
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(reviews, eq(reviews.id, notifications.reviewId))
    .leftJoin(films, eq(films.id, reviews.filmId))
    .where(
      and(
        eq(notifications.userId, userId),
        before
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${before.at}::timestamptz, ${before.id})`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    notifications: page.map(({ cursorAt, ...notification }) => notification),
    /** The "older" link's position; undefined on the last page. */
    olderCursor: rows.length > pageSize && last ? formatCursor(last.cursorAt, [last.id]) : undefined,
  };
}

export type NotificationData = Awaited<ReturnType<typeof listNotifications>>["notifications"][number];

/** How many notifications the member has not seen, for the header's badge (never cached: per member). */
export async function countUnreadNotifications(userId: number) {
  const [unread] = await getDb()
    .select({ count: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return unread?.count ?? 0;
}
