import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ChartFilm } from "@/db/queries/charts";
import { formatPercentage } from "@/lib/rating";

/** What an entry is ranked by: a weighted rating (a mean out of 10), or a number of written reviews. */
export type ChartScore = { weighted: number } | { reviews: number };

export interface ChartEntry {
  key: string;
  name: string;
  path: string;
  score: ChartScore;
  /**
   * The line beside the score: the caller's words, already in the page's language, or a film's mean rating (out of
   * 10) with its number of ratings when given. Entries are data, so that the chart says them in the page's language.
   */
  detail: string | { mean: number; votes?: number };
}

type ChartListMessages = ReturnType<typeof useTranslations<"ChartList">>;

function Score({ score }: { score: ChartScore }) {
  const t = useTranslations("ChartList");
  if ("reviews" in score) return t("reviews", { count: score.reviews });
  // The one percentage with a decimal, which each language writes its own way ("62.7", "62,7").
  return (
    <>
      {t("weighted", { score: score.weighted * 10 })}
      <span className="ml-1 text-xs font-normal text-stone-600 dark:text-stone-400">{t("weightedLabel")}</span>
    </>
  );
}

function detailOf({ detail }: ChartEntry, t: ChartListMessages) {
  if (typeof detail === "string") return detail;
  const mean = formatPercentage(detail.mean);
  return detail.votes === undefined ? t("average", { mean }) : t("averageAndRatings", { mean, count: detail.votes });
}

/** A numbered chart: rank, link, the figure it is ranked by and a detail line. */
export function ChartList({ entries }: { entries: ChartEntry[] }) {
  const t = useTranslations("ChartList");
  if (entries.length === 0) return <p>{t("notEnoughRatings")}</p>;
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
            <Score score={entry.score} />
          </span>
          <span className="col-span-2 col-start-2 text-sm text-stone-600 sm:col-span-1 sm:col-start-auto sm:text-right dark:text-stone-400">
            {detailOf(entry, t)}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The weighted rating that ranks a chart: a percentage like every rating, labelled as what it is. */
export function weightedScore(weighted: number): { score: ChartScore } {
  return { score: { weighted } };
}

export function chartFilmEntry(film: ChartFilm): ChartEntry {
  return {
    key: film.slug,
    name: `${film.title} (${film.year})`,
    path: `/films/${film.slug}`,
    ...weightedScore(film.weighted),
    detail: { mean: film.mean, votes: film.votes },
  };
}

/** A film in the most-reviewed chart: ranked by its number of written reviews. */
export function chartReviewedFilmEntry(film: ChartFilm & { reviews: number }): ChartEntry {
  return { ...chartFilmEntry(film), score: { reviews: film.reviews }, detail: { mean: film.mean } };
}
