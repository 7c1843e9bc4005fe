// Suggestions for the search box: the few best films and people for what has been typed so far, as JSON.
import type { NextRequest } from "next/server";
import { answerWithinLimit, sharedRateLimiter } from "@/app/api/_lib/rate-limited";
import { loadSearchSuggestions } from "@/app/_data/search";
import { localeOrDefault } from "@/i18n/locales";
import { MAX_SEARCH_LENGTH, searchTextSchema } from "@/lib/search-query";

/** Suggestions are the same for everyone and change slowly: browsers and shared caches may keep them a minute. */
const CACHE_CONTROL = "public, max-age=60";

// The box asks when typing pauses for 200 ms, from the second character on: a search costs a handful of requests, and
// even someone searching without stop sends a few dozen a minute. 120 leaves room for several people behind one
// address (an office, a campus) while holding a script that walks the catalogue through suggestions to the API's
// default pace. Past it the box just shows no suggestions; the search form still works.
const SUGGESTIONS_PER_MINUTE = 120;

function suggestionsRateLimiter() {
  return sharedRateLimiter("search-suggestions", () => ({ limit: SUGGESTIONS_PER_MINUTE, windowMs: 60_000 }));
}

async function suggest(request: NextRequest) {
  const parsed = searchTextSchema.safeParse(request.nextUrl.searchParams.get("q") ?? "");
  if (!parsed.success) {
    const isTooLong = parsed.error.issues.some((issue) => issue.code === "too_big");
    // Too long is the caller's mistake; empty or punctuation-only text just has nothing to suggest.
    if (isTooLong)
      return Response.json({ error: `A search is at most ${MAX_SEARCH_LENGTH} characters long.` }, { status: 400 });
    return Response.json({ films: [], people: [] }, { headers: { "Cache-Control": CACHE_CONTROL } });
  }
  // The box asks in the page's language: its films come titled in it (English when none or another is named).
  const locale = request.nextUrl.searchParams.get("locale");
  const suggestions = await loadSearchSuggestions(parsed.data, localeOrDefault(locale));
  return Response.json(suggestions, { headers: { "Cache-Control": CACHE_CONTROL } });
}

export function GET(request: NextRequest) {
  return answerWithinLimit(suggestionsRateLimiter(), request, () => suggest(request));
}
