import { useLocale, useTranslations } from "next-intl";
import type { WatchlistEntryData } from "@/db/queries/watchlist";
import { formattersFor } from "@/lib/format";
import { formatPercentage } from "@/lib/rating";
import { FilmRows } from "../../_components/film-rows";

/** A member's watchlist, one film a row: its poster and name, when they added it, and its average rating. */
export function WatchlistList({ entries }: { entries: WatchlistEntryData[] }) {
  const t = useTranslations("WatchlistList");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  return (
    <FilmRows
      label={t("label")}
      rows={entries.map(({ film, addedAt, meanRating }) => ({
        key: film.id,
        film,
        detail: (
          <>
            {t.rich("added", {
              date: format.date(addedAt),
              time: (chunks) => <time dateTime={addedAt.toISOString()}>{chunks}</time>,
            })}
          </>
        ),
        aside:
          meanRating === null ? (
            <span className="text-sm text-stone-600 dark:text-stone-400">{t("notRated")}</span>
          ) : (
            <span
              className="font-semibold"
              aria-label={t("averageRating", { percentage: formatPercentage(meanRating) })}
            >
              {formatPercentage(meanRating)}
            </span>
          ),
      }))}
    />
  );
}
