import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { loadFilmSearch, loadPeopleSearch, SEARCH_PAGE_SIZE } from "@/app/_data/search";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { pageEnvelope } from "@/lib/api/pagination";
import { parseQuery, searchQuery } from "@/lib/api/params";
import { linksFor, toSearchFilm, toSearchPerson } from "@/lib/api/resources";
import { apiJson, invalidParameters } from "@/lib/api/responses";
import { searchResultsSchema } from "@/lib/api/schemas";
import { searchHref } from "@/lib/search-query";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute(async (request) => {
  const query = parseQuery(searchQuery, request.nextUrl.searchParams);
  if (!query.success) return invalidParameters(query.errors);
  const { q: text, page } = query.data;
  const origin = siteUrl();
  // The same cached searches as the results page in English, so both rank alike and share cache entries.
  const [films, people] = await Promise.all([
    loadFilmSearch(text, page, SEARCH_PAGE_SIZE, DEFAULT_LOCALE),
    loadPeopleSearch(text, page, SEARCH_PAGE_SIZE),
  ]);
  const urlFor = (target: number) => linksFor(origin, searchHref(text, "all", target)).self;
  const windowOf = (total: number) => ({ page, pageSize: SEARCH_PAGE_SIZE, total });
  return apiJson(searchResultsSchema, {
    query: text,
    films: pageEnvelope(
      films.films.map((film) => toSearchFilm(origin, film)),
      windowOf(films.total),
      urlFor,
    ),
    people: pageEnvelope(
      people.people.map((person) => toSearchPerson(origin, person)),
      windowOf(people.total),
      urlFor,
    ),
  });
});
