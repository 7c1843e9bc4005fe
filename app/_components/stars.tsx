import { useTranslations } from "next-intl";
import { starsFor } from "@/lib/rating";

/**
 * The words screen readers hear for a rating (0–10): "3.5 stars out of 5", "Trash (0 stars)". Where hooks cannot
 * run, the same words are `(await getTranslations("Stars"))("label", { stars: rating / 2 })`.
 */
export function useDescribeRating() {
  const t = useTranslations("Stars");
  return (rating: number) => t("label", { stars: rating / 2 });
}

/** A single rating drawn as half stars out of five, or as ČSFD's trash mark for 0. */
export function Stars({ rating }: { rating: number }) {
  const t = useTranslations("Stars");
  const describeRating = useDescribeRating();
  const label = describeRating(rating);
  const { isTrash, fullStars, hasHalfStar } = starsFor(rating);
  if (isTrash) {
    return (
      <span role="img" aria-label={label} className="font-semibold text-stone-600 dark:text-stone-400">
        {t("trash")}
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
