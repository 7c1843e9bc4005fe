import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { loadPublicListsOfUser } from "@/app/_data/film-lists";
import { listPath, listsOfUserPath } from "@/lib/film-list-paths";
import { formattersFor } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { MemberPageHeader } from "../_components/member-page-header";

interface ListsPageProps {
  params: Promise<{ username: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function generateMetadata({ params }: ListsPageProps): Promise<Metadata> {
  const [loaded, t] = await Promise.all([
    loadPublicListsOfUser((await params).username),
    getTranslations("MemberListsPage"),
  ]);
  if (!loaded) return { title: t("notFoundTitle") };
  const { user, lists } = loaded;
  const name = user.displayName ?? user.username;
  return pageMetadata({
    locale: await getLocale(),
    title: t("title", { name }),
    description: t("description", { count: lists.length, name, username: user.username }),
    path: listsOfUserPath(user.username),
  });
}

/** A member's public lists, latest changed first. */
export default async function ListsPage({ params }: ListsPageProps) {
  const loaded = await loadPublicListsOfUser((await params).username);
  if (!loaded) notFound();
  const { user, lists } = loaded;
  const name = user.displayName ?? user.username;
  const [t, locale, formatWords] = await Promise.all([
    getTranslations("MemberListsPage"),
    getLocale(),
    getTranslations("Format"),
  ]);
  const format = formattersFor(locale, formatWords);
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: t("trail"), path: listsOfUserPath(user.username) }]}
        heading={(member) => t.rich("heading", { name, member })}
      />
      {lists.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-label={t("label")} className="divide-y divide-stone-200 dark:divide-stone-800">
          {lists.map((list) => (
            <li key={list.id} className="py-3">
              <Link href={listPath(user.username, list.slug)} className="font-medium break-words">
                {list.title}
              </Link>
              <span className="block text-sm text-stone-600 dark:text-stone-400">
                {t.rich(list.ranked ? "rankedSummary" : "summary", {
                  count: list.itemCount,
                  date: format.date(list.updatedAt),
                  time: (chunks) => <time dateTime={list.updatedAt.toISOString()}>{chunks}</time>,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/lists/new">{t("makeList")}</Link>
      </p>
    </div>
  );
}
