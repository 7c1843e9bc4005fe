import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { NotificationData } from "@/db/queries/notifications";
import { formattersFor } from "@/lib/format";

type Translate = ReturnType<typeof useTranslations<"NotificationList">>;

function whatHappened(notification: NotificationData, t: Translate) {
  const { actor, film } = notification;
  const who = {
    name: actor.displayName ?? actor.username,
    member: (chunks: ReactNode) => <Link href={`/users/${actor.username}`}>{chunks}</Link>,
  };
  if (notification.kind === "follow") return t.rich("followed", who);
  const review = (chunks: ReactNode) => <Link href={`/reviews/${notification.reviewId}`}>{chunks}</Link>;
  return film
    ? t.rich("likedReview", { ...who, review, film: `${film.title} (${film.year})` })
    : t.rich("likedReviewOfUnknownFilm", { ...who, review });
}

/** The member's notifications, one line each; those unread until this page showed them are marked new. */
export function NotificationList({ notifications, now }: { notifications: NotificationData[]; now: Date }) {
  const t = useTranslations("NotificationList");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <ol aria-label={t("label")} className="divide-y divide-stone-200 dark:divide-stone-800">
      {notifications.map((notification) => (
        <li key={notification.id} className="py-3 break-words">
          {notification.readAt === null ? (
            <span className="mr-2 rounded bg-accent-100 px-1.5 text-sm font-semibold text-stone-900 dark:bg-stone-700 dark:text-white">
              {t("new")}
            </span>
          ) : null}
          {whatHappened(notification, t)}
          <time
            dateTime={notification.createdAt.toISOString()}
            className="block text-sm text-stone-600 dark:text-stone-400"
          >
            {format.timeAgo(notification.createdAt, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}
