// /search/for/{type}/{page}/{text}: one search's results, a cached page invalidated with the ratings and titles it
// shows. Visitors never see this address: proxy.ts rewrites /search?q=… to it (lib/search-paths.ts says why).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { searchOfSegments, type SearchSegments } from "@/lib/search-paths";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";
import { SearchView, searchPageMetadata } from "../../../../_components/search-view";

interface SearchResultsPageProps {
  params: Promise<SearchSegments>;
}

export async function generateStaticParams() {
  return [{ type: "all", page: "1", text: IMPOSSIBLE_SLUG }];
}

async function searchOf(params: SearchResultsPageProps["params"]) {
  return searchOfSegments(await params) ?? notFound();
}

export async function generateMetadata({ params }: SearchResultsPageProps): Promise<Metadata> {
  return searchPageMetadata(await searchOf(params));
}

export default async function SearchResultsPage({ params }: SearchResultsPageProps) {
  return <SearchView {...await searchOf(params)} />;
}
