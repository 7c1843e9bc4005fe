import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import type { WatchlistEntryData } from "@/db/queries/watchlist";
import { WATCHLIST_SORTS, type WatchlistSort } from "@/lib/browse-sorts";
import { pluralise } from "@/lib/format";
import { WatchlistList } from "./watchlist-list";

const SORT_LABELS: Record<WatchlistSort, string> = {
  date: "Recently added",
  year: "Year",
  rating: "Highest rated",
};

/** One page of a watchlist in one order, with the other orders and pages: the public page's and the owner's own. */
export function WatchlistView({
  sort,
  page,
  pages,
  entries,
  total,
  pathFor,
}: {
  sort: WatchlistSort;
  page: number;
  pages: number;
  entries: WatchlistEntryData[];
  total: number;
  pathFor: (sort: WatchlistSort, page?: number) => string;
}) {
  return (
    <>
      <p>{pluralise(total, "film")}</p>
      <ChoiceLinks
        label="Sort watchlist"
        options={WATCHLIST_SORTS}
        current={sort}
        labelFor={(option) => SORT_LABELS[option]}
        hrefFor={(option) => pathFor(option)}
      />
      {entries.length === 0 ? <p>No films on this watchlist yet.</p> : <WatchlistList entries={entries} />}
      <Pagination page={page} pages={pages} hrefFor={(target) => pathFor(sort, target)} />
    </>
  );
}
