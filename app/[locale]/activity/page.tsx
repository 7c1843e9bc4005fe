// /activity: what the people the member follows did, newest first. Private to the member: rendered for each request
// from the session (app/_components/signed-in-page.ts), never cached; a visitor is sent to sign in.
import { getLocale, getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { memberOrSignIn } from "@/app/_components/signed-in-page";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { activityPositionOf, listFollowedActivity } from "@/db/queries/activity";
import { pageMetadata } from "@/lib/page-metadata";
import { ActivityList } from "./_components/activity-list";

// Rendered whole per request (it "blocks"), so that a browser without JavaScript gets the list in the HTML.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ActivityPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/activity",
    isNoIndex: true,
  });
}

const ACTIVITY_PAGE_SIZE = 30;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function FollowedActivity({ searchParams }: { searchParams: SearchParams }) {
  const user = await memberOrSignIn("/activity");
  const { before } = await searchParams;
  const position = activityPositionOf(typeof before === "string" ? before : undefined);
  const activity = await listFollowedActivity(user.id, {
    before: position,
    pageSize: ACTIVITY_PAGE_SIZE,
  });
  const { olderCursor } = activity;
  const [t, items] = await Promise.all([
    getTranslations("ActivityPage"),
    withFilmsInLanguage(activity.items, await getLocale()),
  ]);
  return (
    <>
      {items.length > 0 ? (
        <ActivityList items={items} now={new Date()} />
      ) : (
        <p>{position ? t("nothingOlder") : t("empty")}</p>
      )}
      <nav aria-label={t("pagination")} className="flex gap-4">
        {position ? <Link href="/activity">{t("newest")}</Link> : null}
        {olderCursor ? (
          <Link href={`/activity?before=${encodeURIComponent(olderCursor)}`} rel="next">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

export default function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("ActivityPage");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <FollowedActivity searchParams={searchParams} />
    </div>
  );
}
