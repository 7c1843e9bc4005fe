// Tells a member, in the app, that someone followed them or liked their review. Written in the same transaction as
// the follow or like, and taken back with it while still unread, so that a follow-unfollow-follow does not say
// "followed you" three times.
import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { notifications } from "../schema";

export type NotificationEvent =
  | { kind: "follow"; userId: number; actorId: number }
  | { kind: "review-like"; userId: number; actorId: number; reviewId: number };

function sameEvent(event: NotificationEvent): SQL | undefined {
  return and(
    eq(notifications.userId, event.userId),
    eq(notifications.kind, event.kind),
    eq(notifications.actorId, event.actorId),
    event.kind === "review-like" ? eq(notifications.reviewId, event.reviewId) : isNull(notifications.reviewId),
  );
}

/** Notifies the member of the event, unless they did it themselves or an unread notice of it already waits. */
export async function notify(tx: Executor, event: NotificationEvent) {
  if (event.userId === event.actorId) return;
  const [waiting] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(sameEvent(event), isNull(notifications.readAt)));
  if (waiting) return;
  await tx.insert(notifications).values({
    userId: event.userId,
    kind: event.kind,
    actorId: event.actorId,
    reviewId: event.kind === "review-like" ? event.reviewId : null,
  });
}

/** Takes back the unread notice of an undone event; one already read stays, as it was seen. */
export async function withdrawNotification(tx: Executor, event: NotificationEvent) {
  await tx.delete(notifications).where(and(sameEvent(event), isNull(notifications.readAt)));
}
