import { describeRating, starsFor } from "@/lib/rating";

/** A single rating drawn as half stars out of five, or as ČSFD's trash mark for 0. */
export function Stars({ rating }: { rating: number }) {
  const { isTrash, fullStars, hasHalfStar } = starsFor(rating);
  const label = describeRating(rating);
  if (isTrash) {
    return (
      <span role="img" aria-label={label} className="font-semibold text-stone-600 dark:text-stone-400">
        trash
      </span>
    );
  }
  return (
    <span role="img" aria-label={label} className="whitespace-nowrap text-accent-700 dark:text-accent-400">
      {"★".repeat(fullStars)}
      {hasHalfStar ? "½" : ""}
    </span>
  );
}
