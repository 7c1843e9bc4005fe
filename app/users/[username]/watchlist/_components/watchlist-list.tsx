import type { WatchlistEntryData } from "@/db/queries/watchlist";
import { formatDate } from "@/lib/format";
import { formatPercentage } from "@/lib/rating";
import { FilmRows } from "../../_components/film-rows";

/** A member's watchlist, one film a row: its poster and name, when they added it, and its average rating. */
export function WatchlistList({ entries }: { entries: WatchlistEntryData[] }) {
  return (
    <FilmRows
      label="Watchlist"
      rows={entries.map(({ film, addedAt, meanRating }) => ({
        key: film.id,
        film,
        detail: (
          <>
            Added <time dateTime={addedAt.toISOString()}>{formatDate(addedAt)}</time>
          </>
        ),
        aside:
          meanRating === null ? (
            <span className="text-sm text-stone-600 dark:text-stone-400">Not rated yet</span>
          ) : (
            <span className="font-semibold" aria-label={`Average rating ${formatPercentage(meanRating)}`}>
              {formatPercentage(meanRating)}
            </span>
          ),
      }))}
    />
  );
}
