import { cacheTags } from "@/lib/cache-tags";
import { updateTags } from "./update-tags";

/** Everything a review is shown on: its film, its author, the review itself, the home page and the charts. */
export async function refreshReviewPages({ filmId, userId, reviewId }: { filmId: number; userId: number; reviewId: number }) {
  await updateTags([cacheTags.film(filmId), cacheTags.user(userId), cacheTags.review(reviewId), cacheTags.home, cacheTags.charts]);
}
