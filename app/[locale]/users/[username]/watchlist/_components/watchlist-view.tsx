import { useTranslations } from "next-intl";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import type { WatchlistEntryData } from "@/db/queries/watchlist";
import { WATCHLIST_SORTS, type WatchlistSort } from "@/lib/browse-sorts";
import { WatchlistList } from "./watchlist-list";

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
  const t = useTranslations("WatchlistView");
  return (
    <>
      <p>{t("count", { count: total })}</p>
      <ChoiceLinks
        label={t("sortLabel")}
        options={WATCHLIST_SORTS}
        current={sort}
        labelFor={(option) => t(`sorts.${option}`)}
        hrefFor={(option) => pathFor(option)}
      />
      {entries.length === 0 ? <p>{t("empty")}</p> : <WatchlistList entries={entries} />}
      <Pagination page={page} pages={pages} hrefFor={(target) => pathFor(sort, target)} />
    </>
  );
}
