// Suggestions for the search box: the few best films and people for what has been typed so far, as JSON.
import type { NextRequest } from "next/server";
import { loadSearchSuggestions } from "@/app/_data/search";
import { MAX_SEARCH_LENGTH, searchTextSchema } from "@/lib/search-query";

/** Suggestions are the same for everyone and change slowly: browsers and shared caches may keep them a minute. */
const CACHE_CONTROL = "public, max-age=60";

export async function GET(request: NextRequest) {
  const parsed = searchTextSchema.safeParse(request.nextUrl.searchParams.get("q") ?? "");
  if (!parsed.success) {
    const isTooLong = parsed.error.issues.some((issue) => issue.code === "too_big");
    // Too long is the caller's mistake; empty or punctuation-only text just has nothing to suggest.
    if (isTooLong)
      return Response.json({ error: `A search is at most ${MAX_SEARCH_LENGTH} characters long.` }, { status: 400 });
    return Response.json({ films: [], people: [] }, { headers: { "Cache-Control": CACHE_CONTROL } });
  }
  return Response.json(await loadSearchSuggestions(parsed.data), { headers: { "Cache-Control": CACHE_CONTROL } });
}
