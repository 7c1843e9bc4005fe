import { pluralise } from "@/lib/format";
import { summariseRatings } from "@/lib/rating";
import { RatingHistogram } from "./rating-histogram";

/** The film's rating as ČSFD shows it: a percentage, the average out of ten and the number of ratings. */
export function RatingSummary({ sum, count, histogram }: { sum: number; count: number; histogram: number[] }) {
  const summary = summariseRatings(sum, count);
  return (
    <section
      aria-labelledby="rating-heading"
      className="rounded-lg bg-stone-900 p-4 text-center text-white dark:bg-stone-800"
    >
      <h2 id="rating-heading" className="sr-only">
        Rating
      </h2>
      {summary.percentage === null ? (
        <p className="text-lg">Not rated yet</p>
      ) : (
        <>
          <p className="text-4xl font-bold" data-testid="rating-percentage">
            {summary.percentage}%
          </p>
          <p className="mt-1" data-testid="rating-average">
            {summary.average!.toFixed(1)}/10
          </p>
        </>
      )}
      <p className="mt-1 text-sm text-stone-300" data-testid="rating-count">
        {pluralise(summary.count, "rating")}
      </p>
      {summary.count > 0 ? <RatingHistogram histogram={histogram} /> : null}
    </section>
  );
}
