import { cacheTags } from "@/lib/cache-tags";
import { updateTags } from "./update-tags";

/**
 * Everything a review is shown on: its film, its author, the review itself and the home page's latest reviews.
 * Charts and lists ordered by rating follow on their own rhythm (RATINGS_CACHE_LIFE).
 */
export async function refreshReviewPages({ filmId, userId, reviewId }: { filmId: number; userId: number; reviewId: number }) {
  await updateTags([cacheTags.film(filmId), cacheTags.user(userId), cacheTags.review(reviewId), cacheTags.home]);
}
