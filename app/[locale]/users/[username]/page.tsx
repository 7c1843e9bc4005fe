import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { BareRatings } from "@/app/_components/bare-ratings";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { RatingHistogram } from "@/app/_components/rating-histogram";
import { ReviewCard } from "@/app/_components/review-card";
import { loadFollowCounts } from "@/app/_data/follows";
import { MemberAvatar } from "@/app/_components/member-avatar";
import { loadUserPage } from "@/app/_data/reviews";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { followListPath } from "@/lib/follow-paths";
import { listsOfUserPath } from "@/lib/film-list-paths";
import { formattersFor } from "@/lib/format";
import { likedReviewsPath } from "@/lib/liked-review-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { userRatingsPath } from "@/lib/user-rating-paths";
import { diaryPath } from "@/lib/diary-paths";
import { watchlistPath } from "@/lib/watchlist-paths";
import { FilmName } from "@/app/_components/film-name";
import { FollowButton } from "./_components/follow-button";

interface UserPageProps {
  params: Promise<{ username: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function generateMetadata({ params }: UserPageProps): Promise<Metadata> {
  const [page, t] = await Promise.all([loadUserPage((await params).username), getTranslations("UserPage")]);
  if (!page) return { title: t("notFoundTitle") };
  const { user } = page;
  const name = user.displayName ?? user.username;
  const ratingCount = user.histogram.reduce((sum, count) => sum + count, 0);
  return pageMetadata({
    locale: await getLocale(),
    title: `${name} (@${user.username})`,
    description: t("description", { name, ratings: ratingCount, reviews: page.writtenReviewCount }),
    path: `/users/${user.username}`,
    feedPath: `/users/${user.username}/feed.xml`,
    openGraphType: "profile",
  });
}

export default async function UserPage({ params }: UserPageProps) {
  const page = await loadUserPage((await params).username);
  if (!page) notFound();
  const { user, writtenReviewCount, watchlistCount } = page;
  const [{ followerCount, followingCount }, t, locale, formatWords] = await Promise.all([
    loadFollowCounts(user.id),
    getTranslations("UserPage"),
    getLocale(),
    getTranslations("Format"),
  ]);
  const reviews = await withFilmsInLanguage(page.reviews, locale);
  const format = formattersFor(locale, formatWords);
  const name = user.displayName ?? user.username;
  const ratingCount = user.histogram.reduce((sum, count) => sum + count, 0);
  const bareRatings = reviews.filter((review) => !review.body);
  return (
    <article className="space-y-8">
      <Breadcrumbs
        trail={[
          { name: t("home"), path: "/" },
          { name: name, path: `/users/${user.username}` },
        ]}
      />
      <header className="flex flex-col gap-6 md:flex-row md:items-start md:justify-between">
        <div className="min-w-0 space-y-2">
          <div className="flex items-center gap-4">
            {/* The first screen's picture: fetched at once, not lazily. */}
            <MemberAvatar name={name} avatar={user.avatar} placeholder={user.avatarPlaceholder} isPriority />
            <h1 className="min-w-0 text-4xl font-bold tracking-tight break-words">{name}</h1>
          </div>
          <p className="text-stone-600 dark:text-stone-400">
            {t("memberSince", { username: user.username, date: format.date(user.createdAt) })}
          </p>
          {user.bio ? <p className="max-w-2xl">{user.bio}</p> : null}
          <p>
            {t("ratings", { count: ratingCount })} · {t("reviews", { count: writtenReviewCount })} ·{" "}
            {user.watchlistIsPublic ? (
              <>
                <Link href={watchlistPath(user.username)}>{t("watchlist", { count: watchlistCount })}</Link> ·{" "}
              </>
            ) : null}
            <Link href={diaryPath(user.username)}>{t("diary")}</Link> ·{" "}
            <Link href={listsOfUserPath(user.username)}>{t("lists")}</Link> ·{" "}
            <Link href={likedReviewsPath(user.username)}>{t("likedReviews")}</Link>
          </p>
          <p>
            <Link href={followListPath(user.username, "followers")}>{t("followers", { count: followerCount })}</Link> ·{" "}
            <Link href={followListPath(user.username, "following")}>{t("following", { count: followingCount })}</Link>
          </p>
          <FollowButton member={{ id: user.id, username: user.username }} />
        </div>
        {ratingCount > 0 ? (
          <div className="rounded-lg bg-stone-900 p-4 md:w-64 dark:bg-stone-800">
            <RatingHistogram histogram={user.histogram} />
          </div>
        ) : null}
      </header>
      <section aria-labelledby="user-reviews" className="space-y-4">
        <h2 id="user-reviews" className="text-2xl font-semibold">
          {t("reviewsHeading")}
        </h2>
        {reviews
          .filter((review) => review.body)
          .map((review) => (
            <ReviewCard
              key={review.id}
              review={{ ...review, author: { ...user, isDeleted: false } }}
              film={
                <Link href={`/films/${review.film.slug}`} className="font-semibold">
                  <FilmName film={review.film} />
                </Link>
              }
            />
          ))}
      </section>
      <BareRatings
        id="user-ratings"
        ratings={bareRatings.map((review) => ({
          key: review.id,
          label: `${review.film.title} (${review.film.year})`,
          href: `/films/${review.film.slug}`,
          rating: review.rating,
        }))}
      />
      {/* The profile shows the latest ratings; every one, in any order, is a page of its own. */}
      {ratingCount > 0 ? (
        <p>
          <Link href={userRatingsPath(user.username)}>{t("allRatings", { count: ratingCount })}</Link>
        </p>
      ) : null}
    </article>
  );
}
