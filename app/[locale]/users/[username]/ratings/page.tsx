import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { loadUserRatings, USER_RATINGS_PAGE_SIZE } from "@/app/_data/reviews";
import { USER_RATING_SORTS } from "@/lib/browse-sorts";
import { pageMetadata } from "@/lib/page-metadata";
import { userRatingsPath, userRatingsView } from "@/lib/user-rating-paths";
import { loadMemberListView } from "../member-list-view";
import { RatingList } from "./_components/rating-list";
import { MemberPageHeader } from "../_components/member-page-header";

interface UserRatingsPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ username: string; sort?: string; page?: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

function loadRatingsView({ username, ...segments }: Awaited<UserRatingsPageProps["params"]>) {
  return loadMemberListView(username, userRatingsView(segments), loadUserRatings, USER_RATINGS_PAGE_SIZE);
}

export async function generateMetadata({ params }: UserRatingsPageProps): Promise<Metadata> {
  const [loaded, t] = await Promise.all([loadRatingsView(await params), getTranslations("UserRatingsPage")]);
  if (!loaded) return { title: t("notFoundTitle") };
  const { user, name, sort, page, total } = loaded;
  const title = t("title", { name });
  return pageMetadata({
    locale: await getLocale(),
    title: page > 1 ? t("pagedTitle", { title, page }) : title,
    description: t("description", { count: total, name, username: user.username }),
    path: userRatingsPath(user.username, sort, page),
  });
}

export default async function UserRatingsPage({ params }: UserRatingsPageProps) {
  const loaded = await loadRatingsView(await params);
  if (!loaded) notFound();
  const { user, name, sort, page, total, pages } = loaded;
  const [t, ratings] = await Promise.all([
    getTranslations("UserRatingsPage"),
    withFilmsInLanguage(loaded.ratings, await getLocale()),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: t("trail"), path: userRatingsPath(user.username) }]}
        heading={(member) => t.rich("heading", { name, member })}
      />
      <p>{t("count", { count: total })}</p>
      <ChoiceLinks
        label={t("sortLabel")}
        options={USER_RATING_SORTS}
        current={sort}
        labelFor={(option) => t(`sorts.${option}`)}
        hrefFor={(option) => userRatingsPath(user.username, option)}
      />
      {ratings.length === 0 ? <p>{t("empty")}</p> : <RatingList ratings={ratings} />}
      <Pagination page={page} pages={pages} hrefFor={(target) => userRatingsPath(user.username, sort, target)} />
    </div>
  );
}
