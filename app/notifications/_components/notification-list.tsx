import Link from "next/link";
import type { NotificationData } from "@/db/queries/notifications";
import { formatTimeAgo } from "@/lib/format";

function whatHappened(notification: NotificationData) {
  const { actor, film } = notification;
  const who = <Link href={`/users/${actor.username}`}>{actor.displayName ?? actor.username}</Link>;
  if (notification.kind === "follow") return <>{who} followed you</>;
  return (
    <>
      {who} liked your review of{" "}
      <Link href={`/reviews/${notification.reviewId}`}>{film ? `${film.title} (${film.year})` : "a film"}</Link>
    </>
  );
}

/** The member's notifications, one line each; those unread until this page showed them are marked new. */
export function NotificationList({ notifications, now }: { notifications: NotificationData[]; now: Date }) {
  return (
    <ol aria-label="Notifications" className="divide-y divide-stone-200 dark:divide-stone-800">
      {notifications.map((notification) => (
        <li key={notification.id} className="py-3 break-words">
          {notification.readAt === null ? (
            <span className="mr-2 rounded bg-accent-100 px-1.5 text-sm font-semibold text-stone-900 dark:bg-stone-700 dark:text-white">
              New
            </span>
          ) : null}
          {whatHappened(notification)}
          <time
            dateTime={notification.createdAt.toISOString()}
            className="block text-sm text-stone-600 dark:text-stone-400"
          >
            {formatTimeAgo(notification.createdAt, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}
