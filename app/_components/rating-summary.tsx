import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { summariseRatings } from "@/lib/rating";
import { RatingHistogram } from "./rating-histogram";

/**
 * The film's rating as ČSFD shows it: the average as a percentage (the one scale Marquee shows every film's and
 * person's rating on), the number of ratings and how they spread.
 */
export function RatingSummary({
  sum,
  count,
  histogram,
  children,
}: {
  sum: number;
  count: number;
  histogram: number[];
  /** The member's own rating, given here, under the count and above the spread. */
  children?: ReactNode;
}) {
  const t = useTranslations("RatingSummary");
  const summary = summariseRatings(sum, count);
  return (
    <section
      aria-labelledby="rating-heading"
      className="rounded-lg bg-stone-900 p-4 text-center text-white dark:bg-stone-800"
    >
      <h2 id="rating-heading" className="sr-only">
        {t("heading")}
      </h2>
      {summary.percentage === null ? (
        <p className="text-lg">{t("notRated")}</p>
      ) : (
        <p className="text-4xl font-bold" data-testid="rating-percentage">
          {summary.percentage}%
        </p>
      )}
      <p className="mt-1 text-sm text-stone-300" data-testid="rating-count">
        {t("ratings", { count: summary.count })}
      </p>
      {children}
      {summary.count > 0 ? <RatingHistogram histogram={histogram} /> : null}
    </section>
  );
}
