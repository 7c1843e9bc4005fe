"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import type { UnreadNotificationsAnswer } from "@/app/api/me/notifications/route";
import { useOwnAnswer } from "./use-own-answer";

const BADGE = "rounded-full bg-accent-700 px-1.5 text-xs font-bold text-white";

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's way to the member's notifications, with how many are unread, fetched as each page opens. */
function UnreadNotifications({ isOnTheirPage }: { isOnTheirPage: boolean }) {
  const t = useTranslations("NotificationsLink");
  const { answer } = useOwnAnswer<UnreadNotificationsAnswer>("/api/me/notifications");
  // The page that marks them read may still be marking as this asks: there, nothing is unread.
  const unread = isOnTheirPage ? 0 : (answer?.unreadCount ?? 0);
  return (
    // Not prefetched: opening the page marks the notifications read, which a prefetch must not do.
    <Link
      href="/notifications"
      prefetch={false}
      aria-label={unread > 0 ? t("unread", { count: unread }) : t("label")}
      className="inline-flex items-center gap-1 no-underline"
    >
      <BellIcon />
      {unread > 0 ? <span className={BADGE}>{unread}</span> : null}
    </Link>
  );
}

export function NotificationsLink() {
  // Without the language's prefix, so that "/cs/notifications" is their page too.
  const pathname = usePathname();
  // Keyed by the page, so the count is asked again after each navigation.
  return <UnreadNotifications key={pathname} isOnTheirPage={pathname === "/notifications"} />;
}
