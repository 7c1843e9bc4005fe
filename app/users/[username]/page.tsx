import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BareRatings } from "@/app/_components/bare-ratings";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { RatingHistogram } from "@/app/_components/rating-histogram";
import { ReviewCard } from "@/app/_components/review-card";
import { loadFollowCounts } from "@/app/_data/follows";
import { MemberAvatar } from "@/app/_components/member-avatar";
import { loadUserPage } from "@/app/_data/reviews";
import { followListPath } from "@/lib/follow-paths";
import { listsOfUserPath } from "@/lib/film-list-paths";
import { formatDate, pluralise } from "@/lib/format";
import { likedReviewsPath } from "@/lib/liked-review-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { userRatingsPath } from "@/lib/user-rating-paths";
import { diaryPath } from "@/lib/diary-paths";
import { watchlistPath } from "@/lib/watchlist-paths";
import { FollowButton } from "./_components/follow-button";

interface UserPageProps {
  params: Promise<{ username: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

export async function generateMetadata({ params }: UserPageProps): Promise<Metadata> {
  const page = await loadUserPage((await params).username);
  if (!page) return { title: "User not found" };
  const { user } = page;
  const name = user.displayName ?? user.username;
  const ratingCount = user.histogram.reduce((sum, count) => sum + count, 0);
  return pageMetadata({
    title: `${name} (@${user.username})`,
    description: `${name} on Marquee: ${pluralise(ratingCount, "rating")} and ${pluralise(page.writtenReviewCount, "review")}.`,
    path: `/users/${user.username}`,
    feedPath: `/users/${user.username}/feed.xml`,
    openGraphType: "profile",
  });
}

export default async function UserPage({ params }: UserPageProps) {
  const page = await loadUserPage((await params).username);
  if (!page) notFound();
  const { user, reviews, writtenReviewCount, watchlistCount } = page;
  const { followerCount, followingCount } = await loadFollowCounts(user.id);
  const name = user.displayName ?? user.username;
  const ratingCount = user.histogram.reduce((sum, count) => sum + count, 0);
  const bareRatings = reviews.filter((review) => !review.body);
  return (
    <article className="space-y-8">
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
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
            @{user.username} · member since {formatDate(user.createdAt)}
          </p>
          {user.bio ? <p className="max-w-2xl">{user.bio}</p> : null}
          <p>
            {pluralise(ratingCount, "rating")} · {pluralise(writtenReviewCount, "review")} ·{" "}
            {user.watchlistIsPublic ? (
              <>
                <Link href={watchlistPath(user.username)}>{`Watchlist (${watchlistCount})`}</Link> ·{" "}
              </>
            ) : null}
            <Link href={diaryPath(user.username)}>Diary</Link> ·{" "}
            <Link href={listsOfUserPath(user.username)}>Lists</Link> ·{" "}
            <Link href={likedReviewsPath(user.username)}>Liked reviews</Link>
          </p>
          <p>
            <Link href={followListPath(user.username, "followers")}>{pluralise(followerCount, "follower")}</Link> ·{" "}
            <Link href={followListPath(user.username, "following")}>{`${followingCount} following`}</Link>
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
          Reviews
        </h2>
        {reviews
          .filter((review) => review.body)
          .map((review) => (
            <ReviewCard
              key={review.id}
              review={{ ...review, author: { ...user, isDeleted: false } }}
              film={
                <Link href={`/films/${review.film.slug}`} className="font-semibold">
                  {review.film.title} ({review.film.year})
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
          <Link href={userRatingsPath(user.username)}>All {pluralise(ratingCount, "rating")}</Link>
        </p>
      ) : null}
    </article>
  );
}
