import { useTranslations } from "next-intl";
import { useDescribeRating } from "./stars";

const BAR_WIDTH = 14;
const GAP = 4;
const HEIGHT = 60;

/**
 * How a film's ratings are spread over the eleven values (trash, then ½ to 5 stars), as a small SVG bar chart.
 * The counts are also in a visually hidden list, so screen readers get the numbers rather than a picture.
 */
export function RatingHistogram({ histogram }: { histogram: number[] }) {
  const t = useTranslations("RatingHistogram");
  const describeRating = useDescribeRating();
  const highest = Math.max(1, ...histogram);
  // Each bar centred in an equal slot, so that the labels below, in a grid of as many columns, sit under their bars.
  const slot = BAR_WIDTH + GAP;
  return (
    <figure className="mx-auto mt-4 max-w-64">
      <svg viewBox={`0 0 ${histogram.length * slot} ${HEIGHT}`} className="w-full" aria-hidden="true">
        {histogram.map((count, rating) => {
          const barHeight = Math.max(1, (count / highest) * HEIGHT);
          return (
            <rect
              key={rating}
              x={rating * slot + GAP / 2}
              y={HEIGHT - barHeight}
              width={BAR_WIDTH}
              height={barHeight}
              rx={2}
              className="fill-accent-500"
            />
          );
        })}
      </svg>
      {/* In HTML rather than in the drawing, so that they keep the page's text size however narrow the chart is. */}
      <div aria-hidden="true" className="mt-1 grid grid-cols-11 text-xs tabular-nums text-stone-300">
        {histogram.map((_count, rating) => (
          <span key={rating}>{rating === 0 ? "0" : rating % 2 === 0 ? rating / 2 : ""}</span>
        ))}
      </div>
      <figcaption className="text-xs text-stone-300">{t("caption")}</figcaption>
      <ul className="sr-only">
        {histogram.map((count, rating) => (
          <li key={rating}>
            {describeRating(rating)}: {count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
