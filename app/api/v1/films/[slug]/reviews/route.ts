import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { findFilm } from "@/app/api/v1/_lib/renamed";
import { FILM_REVIEWS_PAGE_SIZE, loadFilmReviews } from "@/app/_data/films";
import { pageEnvelope } from "@/lib/api/pagination";
import { filmReviewsQuery, parseQuery } from "@/lib/api/params";
import { API_PREFIX, linksFor, toReview } from "@/lib/api/resources";
import { apiJson, invalidParameters } from "@/lib/api/responses";
import { filmReviewsSchema } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ slug: string }>(async (request, { slug }) => {
  const query = parseQuery(filmReviewsQuery, request.nextUrl.searchParams);
  if (!query.success) return invalidParameters(query.errors);
  const { found, answer } = await findFilm(
    slug,
    (renamed) => `${API_PREFIX}/films/${renamed}/reviews${request.nextUrl.search}`,
  );
  if (answer) return answer;

  const { film } = found;
  const { sort, page } = query.data;
  const origin = siteUrl();
  const reviews = await loadFilmReviews(film.id, sort, page);
  // The page's own address for a sort and page: defaults are left out so each view has one URL.
  const urlFor = (target: number) => {
    const search = new URLSearchParams({
      ...(sort !== "newest" ? { sort } : {}),
      ...(target > 1 ? { page: String(target) } : {}),
    });
    return linksFor(origin, `/films/${film.slug}/reviews${search.size ? `?${search}` : ""}`).self;
  };
  const window = { page, pageSize: FILM_REVIEWS_PAGE_SIZE, total: film.stats?.reviewCount ?? 0 };
  return apiJson(filmReviewsSchema, {
    ...pageEnvelope(
      reviews.map((review) => toReview(origin, review, film)),
      window,
      urlFor,
    ),
    film: { slug: film.slug, title: film.title, year: film.year, links: linksFor(origin, `/films/${film.slug}`) },
    sort,
  });
});
