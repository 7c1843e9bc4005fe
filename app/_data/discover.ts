// Cached readers for Discover. The order and the rating filters depend on ratings, so results share the charts tag.
import { cacheLife, cacheTag } from "next/cache";
import { discoverFilms, listCountriesWithFilms } from "@/db/queries/discover";
import type { DiscoverFilters, DiscoverSort } from "@/lib/discover-params";
import { cacheTags } from "@/lib/cache-tags";
import { loadChartParameters } from "./charts";

export const DISCOVER_PAGE_SIZE = 24;

export async function loadDiscoverFilms(filters: DiscoverFilters, sort: DiscoverSort, page: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(cacheTags.charts);
  return discoverFilms(filters, await loadChartParameters(), { sort, page, pageSize: DISCOVER_PAGE_SIZE });
}

export async function loadCountriesWithFilms() {
  "use cache";
  cacheLife("hours");
  return listCountriesWithFilms();
}
