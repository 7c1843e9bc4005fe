// Cached reader of the reviews a member liked (see films.ts for the pattern).
import { cacheLife, cacheTag } from "next/cache";
import { countLikedReviews, listLikedReviews } from "@/db/queries/review-likes";
import type { LikedReviewSort } from "@/lib/browse-sorts";
import { cacheTags } from "@/lib/cache-tags";
import { tagFilmsListed } from "./reviews";

export const LIKED_REVIEWS_PAGE_SIZE = 20;

/** Under the member's user tag, as their likes change it; each review's own tag, as its author's edits change it. */
export async function loadLikedReviews(userId: number, _sort: LikedReviewSort, page: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.user(userId));
  const [reviews, total] = await Promise.all([
    listLikedReviews(userId, { page, pageSize: LIKED_REVIEWS_PAGE_SIZE }),
    countLikedReviews(userId),
  ]);
  if (reviews.length > 0) cacheTag(...reviews.map((review) => cacheTags.review(review.id)));
  tagFilmsListed(reviews);
  return { reviews, total };
}
