// /search/for/{query}: one search's results, a cached page invalidated with the ratings and titles it shows. Visitors
// never see this address: proxy.ts rewrites /search?q=… to it (lib/query-pages.ts says why).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { queryOfSegments } from "@/lib/query-pages";
import { readSearchQuery } from "@/lib/search-query";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { SearchView, searchPageMetadata } from "../../_components/search-view";

interface SearchResultsPageProps {
  params: Promise<{ query: string[] }>;
}

export async function generateStaticParams() {
  return [{ query: [IMPOSSIBLE_SLUG] }];
}

/** The search the path names; a 404 for one with a problem, which /search answers itself. */
async function searchIn(params: SearchResultsPageProps["params"]) {
  const query = queryOfSegments((await params).query, (decoded) => readSearchQuery(decoded).canonical);
  const search = query && readSearchQuery(query).search;
  return search && !search.problem ? search : notFound();
}

export async function generateMetadata({ params }: SearchResultsPageProps): Promise<Metadata> {
  return searchPageMetadata(await searchIn(params));
}

export default async function SearchResultsPage({ params }: SearchResultsPageProps) {
  return <SearchView {...await searchIn(params)} />;
}
