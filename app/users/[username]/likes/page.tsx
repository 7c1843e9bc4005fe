import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/app/_components/pagination";
import { ReviewCard } from "@/app/_components/review-card";
import { LIKED_REVIEWS_PAGE_SIZE, loadLikedReviews } from "@/app/_data/review-likes";
import { pluralise } from "@/lib/format";
import { likedReviewsPath, likedReviewsView } from "@/lib/liked-review-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { loadMemberListView } from "../member-list-view";
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
  const loaded = await loadLikedView(await params);
  if (!loaded) return { title: "Liked reviews not found" };
  const { user, name, page, total } = loaded;
  return pageMetadata({
    title: `Reviews ${name} liked${page > 1 ? `, page ${page}` : ""}`,
    description: `${pluralise(total, "review")} ${name} (@${user.username}) liked on Marquee, the latest first.`,
    path: likedReviewsPath(user.username, "date", page),
  });
}

export default async function LikedReviewsPage({ params }: LikedReviewsPageProps) {
  const loaded = await loadLikedView(await params);
  if (!loaded) notFound();
  const { user, name, page, reviews, total, pages } = loaded;
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: "Liked reviews", path: likedReviewsPath(user.username) }]}
        heading={(memberLink) => <>Reviews {memberLink} liked</>}
      />
      <p>{pluralise(total, "review")}</p>
      {reviews.length === 0 ? (
        <p>No liked reviews yet.</p>
      ) : (
        <div className="space-y-4">
          {reviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              film={
                <Link href={`/films/${review.film.slug}`} className="font-semibold">
                  {review.film.title} ({review.film.year})
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
