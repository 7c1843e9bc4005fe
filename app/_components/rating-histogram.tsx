import { describeRating } from "@/lib/rating";

const BAR_WIDTH = 14;
const GAP = 4;
const HEIGHT = 60;

/**
 * How a film's ratings are spread over the eleven values (trash, then ½ to 5 stars), as a small SVG bar chart.
 * The counts are also in a visually hidden list, so screen readers get the numbers rather than a picture.
 */
export function RatingHistogram({ histogram }: { histogram: number[] }) {
  const highest = Math.max(1, ...histogram);
  const width = histogram.length * (BAR_WIDTH + GAP) - GAP;
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${width} ${HEIGHT + 14}`} className="w-full" aria-hidden="true">
        {histogram.map((count, rating) => {
          const barHeight = Math.max(1, (count / highest) * HEIGHT);
          const x = rating * (BAR_WIDTH + GAP);
          return (
            <g key={rating}>
              <rect
                x={x}
                y={HEIGHT - barHeight}
                width={BAR_WIDTH}
                height={barHeight}
                rx={2}
                className="fill-accent-500"
              />
              <text x={x + BAR_WIDTH / 2} y={HEIGHT + 11} textAnchor="middle" className="fill-stone-300 text-[8px]">
                {rating === 0 ? "0" : rating % 2 === 0 ? rating / 2 : ""}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs text-stone-300">Ratings from trash to 5 stars</figcaption>
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
