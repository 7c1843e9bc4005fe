// /search: the search box's results. A searchable query is rewritten by proxy.ts to for/[type]/[page]/[text], where
// its page is cached; this page answers the rest, an empty, punctuation-only or over-long query, with the message.
import type { Metadata } from "next";
import { parseSearchParams } from "@/lib/search-query";
import { SearchView, searchPageMetadata } from "./_components/search-view";

// Every result depends on the query string, so there is no useful static shell to stream into, and content streamed
// after the shell is revealed only by a script. The page renders completely per request instead (it "blocks"), so its
// HTML holds the results and search works without JavaScript.
export const instant = false;

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  return searchPageMetadata(parseSearchParams(await searchParams));
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  return <SearchView {...parseSearchParams(await searchParams)} />;
}
