// A member's followers and the members they follow: two cached pages of the same shape, 30 members a page, latest
// first, under the member's follows tag so that a follow shows at once.
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Pagination } from "@/app/_components/pagination";
import { FOLLOW_LIST_PAGE_SIZE, loadFollowList } from "@/app/_data/follows";
import { followListPath, followListView, type FollowDirection } from "@/lib/follow-paths";
import { formattersFor } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { loadMemberListView } from "./member-list-view";
import { MemberPageHeader } from "./_components/member-page-header";

export interface FollowListPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ username: string; sort?: string; page?: string }>;
}

function loadFollowListView(
  direction: FollowDirection,
  { username, ...segments }: Awaited<FollowListPageProps["params"]>,
) {
  return loadMemberListView(
    username,
    followListView(segments),
    (userId, _sort, page) => loadFollowList(userId, direction, page),
    FOLLOW_LIST_PAGE_SIZE,
  );
}

/** The page and its metadata for one direction, for the route files of both to export. */
export function followListPage(direction: FollowDirection) {
  async function generateMetadata({ params }: FollowListPageProps): Promise<Metadata> {
    const [loaded, t] = await Promise.all([loadFollowListView(direction, await params), getTranslations("FollowList")]);
    if (!loaded) return { title: t("notFoundTitle") };
    const { user, name, page, total } = loaded;
    const title = t(`${direction}.heading`, { name });
    return pageMetadata({
      locale: await getLocale(),
      title: page > 1 ? t("pagedTitle", { title, page }) : title,
      description: t(`${direction}.description`, { count: total, name, username: user.username }),
      path: followListPath(user.username, direction, page),
    });
  }

  async function FollowListPage({ params }: FollowListPageProps) {
    const loaded = await loadFollowListView(direction, await params);
    if (!loaded) notFound();
    const { user, name, page, members, total, pages } = loaded;
    const [t, locale, formatWords] = await Promise.all([
      getTranslations("FollowList"),
      getLocale(),
      getTranslations("Format"),
    ]);
    const format = formattersFor(locale, formatWords);
    const label = t(`${direction}.label`);
    return (
      <div className="max-w-3xl space-y-6">
        <MemberPageHeader
          member={{ username: user.username, name }}
          trail={[{ name: label, path: followListPath(user.username, direction) }]}
          heading={() => t(`${direction}.heading`, { name })}
        />
        <p>{t("count", { count: total })}</p>
        {members.length === 0 ? (
          <p>{t(`${direction}.empty`)}</p>
        ) : (
          <ol aria-label={label} className="divide-y divide-stone-200 dark:divide-stone-800">
            {members.map(({ member, followedAt }) => (
              <li key={member.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                <Link href={`/users/${member.username}`} className="min-w-0 font-medium break-words">
                  {member.displayName ?? member.username}
                </Link>
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {t.rich("since", {
                    username: member.username,
                    date: format.date(followedAt),
                    time: (chunks) => <time dateTime={followedAt.toISOString()}>{chunks}</time>,
                  })}
                </span>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} pages={pages} hrefFor={(target) => followListPath(user.username, direction, target)} />
      </div>
    );
  }

  return { generateMetadata, FollowListPage };
}
