import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Pagination } from "@/app/_components/pagination";
import { ReviewCard } from "@/app/_components/review-card";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { LIKED_REVIEWS_PAGE_SIZE, loadLikedReviews } from "@/app/_data/review-likes";
import { likedReviewsPath, likedReviewsView } from "@/lib/liked-review-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { loadMemberListView } from "../member-list-view";
import { FilmName } from "@/app/_components/film-name";
import { MemberPageHeader } from "../_components/member-page-header";

interface LikedReviewsPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ username: string; sort?: string; page?: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

function loadLikedView({ username, ...segments }: Awaited<LikedReviewsPageProps["params"]>) {
  return loadMemberListView(username, likedReviewsView(segments), loadLikedReviews, LIKED_REVIEWS_PAGE_SIZE);
}

export async function generateMetadata({ params }: LikedReviewsPageProps): Promise<Metadata> {
  const [loaded, t] = await Promise.all([loadLikedView(await params), getTranslations("LikedReviewsPage")]);
  if (!loaded) return { title: t("notFoundTitle") };
  const { user, name, page, total } = loaded;
  const title = t("title", { name });
  return pageMetadata({
    locale: await getLocale(),
    title: page > 1 ? t("pagedTitle", { title, page }) : title,
    description: t("description", { count: total, name, username: user.username }),
    path: likedReviewsPath(user.username, "date", page),
  });
}

export default async function LikedReviewsPage({ params }: LikedReviewsPageProps) {
  const loaded = await loadLikedView(await params);
  if (!loaded) notFound();
  const { user, name, page, total, pages } = loaded;
  const [t, reviews] = await Promise.all([
    getTranslations("LikedReviewsPage"),
    withFilmsInLanguage(loaded.reviews, await getLocale()),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: t("trail"), path: likedReviewsPath(user.username) }]}
        heading={(member) => t.rich("heading", { name, member })}
      />
      <p>{t("count", { count: total })}</p>
      {reviews.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="space-y-4">
          {reviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              film={
                <Link href={`/films/${review.film.slug}`} className="font-semibold">
                  <FilmName film={review.film} />
                </Link>
              }
            />
          ))}
        </div>
      )}
      <Pagination page={page} pages={pages} hrefFor={(target) => likedReviewsPath(user.username, "date", target)} />
    </div>
  );
}
