import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { loadGenres } from "@/app/_data/browse";
import { DISCOVER_PAGE_SIZE, loadCountriesWithFilms, loadDiscoverFilms } from "@/app/_data/discover";
import { pageEnvelope } from "@/lib/api/pagination";
import { discoverQuery, parseQuery } from "@/lib/api/params";
import { linksFor, toFilmCard } from "@/lib/api/resources";
import { apiJson, invalidParameters } from "@/lib/api/responses";
import { discoverResultsSchema } from "@/lib/api/schemas";
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { discoverHref, parseDiscoverParams, problemArguments } from "@/lib/discover-params";
import { siteUrl } from "@/lib/site";
import { messagesFor } from "@/messages";

/** The API speaks English, the catalogue's language, in the Discover page's words. */
const problemMessage = createTranslator({
  locale: DEFAULT_LOCALE,
  messages: messagesFor(DEFAULT_LOCALE),
  namespace: "DiscoverPage.problems",
});

export const GET = apiRoute(async (request) => {
  const query = parseQuery(discoverQuery, request.nextUrl.searchParams);
  if (!query.success) return invalidParameters(query.errors);
  const { sort, page, ...filterParams } = query.data;

  // The Discover page's own reading of the filters (case, repeats, reversed ranges). What it would leave out with a
  // message, an unknown genre or country, the API refuses: each parameter is read alone to name the one at fault.
  const [genres, countries] = await Promise.all([loadGenres(), loadCountriesWithFilms()]);
  const known = { genres: genres.map((genre) => genre.slug), countries: countries.map((country) => country.code) };
  const params = Object.fromEntries(
    Object.entries(filterParams).map(([name, value]) => [name, typeof value === "number" ? String(value) : value]),
  );
  const { filters, problems } = parseDiscoverParams(params, known);
  if (problems.length > 0) {
    return invalidParameters(
      Object.entries(params).flatMap(([parameter, value]) =>
        parseDiscoverParams({ [parameter]: value }, known).problems.map((problem) => ({
          parameter,
          message: problemMessage(problem.kind, problemArguments(problem)),
        })),
      ),
    );
  }

  const { films, total } = await loadDiscoverFilms(filters, sort, page);
  const origin = siteUrl();
  return apiJson(discoverResultsSchema, {
    ...pageEnvelope(
      films.map((film) => toFilmCard(origin, film)),
      { page, pageSize: DISCOVER_PAGE_SIZE, total },
      (target) => linksFor(origin, discoverHref(filters, sort, target)).self,
    ),
    filters,
    sort,
  });
});
