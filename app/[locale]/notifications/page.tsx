// /notifications: who followed the member and who liked their reviews, newest first; those shown are marked read.
// Private to the member: rendered for each request from the session, never cached; a visitor is sent to sign in.
import { getLocale, getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { memberOrSignIn } from "@/app/_components/signed-in-page";
import { markNotificationsRead } from "@/db/mutations/notification-reads";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { listNotifications, notificationPositionOf } from "@/db/queries/notifications";
import { pageMetadata } from "@/lib/page-metadata";
import { NotificationList } from "./_components/notification-list";

// Rendered whole per request (it "blocks"), so that a browser without JavaScript gets the list in the HTML.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotificationsPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/notifications",
    isNoIndex: true,
  });
}

const NOTIFICATIONS_PAGE_SIZE = 30;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function MemberNotifications({ searchParams }: { searchParams: SearchParams }) {
  const user = await memberOrSignIn("/notifications");
  const { before } = await searchParams;
  const position = notificationPositionOf(typeof before === "string" ? before : undefined);
  const { notifications: listed, olderCursor } = await listNotifications(user.id, {
    before: position,
    pageSize: NOTIFICATIONS_PAGE_SIZE,
  });
  const [t, notifications] = await Promise.all([
    getTranslations("NotificationsPage"),
    withFilmsInLanguage(listed, await getLocale()),
  ]);
  // Read from now on; this page still marks them new, as they were until the member saw them.
  await markNotificationsRead(
    user.id,
    notifications.filter((notification) => notification.readAt === null).map((notification) => notification.id),
  );
  return (
    <>
      {notifications.length > 0 ? (
        <NotificationList notifications={notifications} now={new Date()} />
      ) : (
        <p>{position ? t("nothingOlder") : t("empty")}</p>
      )}
      <nav aria-label={t("pagination")} className="flex gap-4">
        {position ? <Link href="/notifications">{t("newest")}</Link> : null}
        {olderCursor ? (
          <Link href={`/notifications?before=${encodeURIComponent(olderCursor)}`} rel="next">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

export default function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("NotificationsPage");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <MemberNotifications searchParams={searchParams} />
    </div>
  );
}
