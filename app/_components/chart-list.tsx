import Link from "next/link";
import type { ChartFilm } from "@/db/queries/charts";
import { pluralise } from "@/lib/format";
import { formatPercentage } from "@/lib/rating";

export interface ChartEntry {
  key: string;
  name: string;
  path: string;
  /** What the entry is ranked by, already formatted. */
  score: string;
  /** What kind of figure the score is, shown beside it ("weighted"), when the figure alone would not say. */
  scoreLabel?: string;
  detail: string;
}

/** A numbered chart: rank, link, the figure it is ranked by and a detail line. */
export function ChartList({ entries }: { entries: ChartEntry[] }) {
  if (entries.length === 0) return <p>Not enough ratings yet.</p>;
  return (
    <ol className="space-y-1">
      {entries.map((entry, index) => (
        // On a phone the detail goes under the title, which keeps the width: titles do not wrap into a column.
        <li
          key={entry.key}
          className="grid grid-cols-[1.5rem_1fr_auto] items-baseline gap-x-3 sm:grid-cols-[1.5rem_1fr_auto_10rem]"
        >
          <span className="text-right tabular-nums text-stone-600 dark:text-stone-400">{index + 1}.</span>
          <Link href={entry.path} className="min-w-0">
            {entry.name}
          </Link>
          <span className="text-right font-semibold tabular-nums">
            {entry.score}
            {entry.scoreLabel ? (
              <span className="ml-1 text-xs font-normal text-stone-600 dark:text-stone-400">{entry.scoreLabel}</span>
            ) : null}
          </span>
          <span className="col-span-2 col-start-2 text-sm text-stone-600 sm:col-span-1 sm:col-start-auto sm:text-right dark:text-stone-400">
            {entry.detail}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The weighted rating that ranks a chart: a percentage like every rating, labelled as what it is. */
export function weightedScore(weighted: number) {
  return { score: formatPercentage(weighted, 1), scoreLabel: "weighted" };
}

export function chartFilmEntry(film: ChartFilm): ChartEntry {
  return {
    key: film.slug,
    name: `${film.title} (${film.year})`,
    path: `/films/${film.slug}`,
    ...weightedScore(film.weighted),
    detail: `average ${formatPercentage(film.mean)} · ${pluralise(film.votes, "rating")}`,
  };
}

/** A film in the most-reviewed chart: ranked by its number of written reviews. */
export function chartReviewedFilmEntry(film: ChartFilm & { reviews: number }): ChartEntry {
  return {
    ...chartFilmEntry(film),
    score: pluralise(film.reviews, "review"),
    scoreLabel: undefined,
    detail: `average ${formatPercentage(film.mean)}`,
  };
}
