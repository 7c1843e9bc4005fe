import { Link } from "@/i18n/navigation";

const HEIGHT = 12;

export interface Bar {
  label: string;
  count: number;
  /** Where the label leads (a person, a film), if anywhere. */
  href?: string;
}

/**
 * Counts as a horizontal SVG bar chart, drawn on the server like the rating histogram: one row a bar, its label and
 * count in HTML beside it, so they keep the page's text size and screen readers read them as a list of numbers.
 */
export function BarChart({ label, bars, unit }: { label: string; bars: Bar[]; unit: (count: number) => string }) {
  const highest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <ol aria-label={label} className="space-y-1">
      {bars.map((bar) => (
        <li key={bar.label} className="grid grid-cols-[minmax(0,9rem)_1fr_auto] items-center gap-2 text-sm">
          <span className="truncate" title={bar.label}>
            {bar.href ? <Link href={bar.href}>{bar.label}</Link> : bar.label}
          </span>
          <svg viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" className="h-3 w-full" aria-hidden="true">
            <rect
              x={0}
              y={0}
              width={Math.max(1, (bar.count / highest) * 100)}
              height={HEIGHT}
              className="fill-accent-500"
            />
          </svg>
          <span className="tabular-nums">{unit(bar.count)}</span>
        </li>
      ))}
    </ol>
  );
}
