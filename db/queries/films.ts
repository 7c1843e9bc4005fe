// Reads for film pages and film lists.
import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import type { FilmReviewSort } from "@/lib/browse-sorts";
import { reviewAuthorColumns, reviewColumns } from "./reviews";
import { placeholderOf } from "./stored-images";
import { splitWindowTotal } from "./window-total";
import { credits, filmCountries, filmRatingStats, films, plots, reviews, users } from "../schema";

export async function getFilmBySlug(slug: string) {
  const film = await getDb().query.films.findFirst({
    where: eq(films.slug, slug),
    // Which import spelled the title is for imports alone.
    columns: { titleSource: false },
    with: {
      titles: { columns: { title: true, kind: true, language: true, countryCode: true } },
      plots: {
        columns: { id: true, body: true, source: true, sourceUrl: true, license: true, language: true },
        orderBy: [asc(plots.position), asc(plots.id)],
      },
      genres: { columns: {}, with: { genre: { columns: { slug: true, name: true } } } },
      countries: {
        columns: {},
        with: { country: { columns: { code: true, name: true } } },
        orderBy: [asc(filmCountries.position)],
      },
      credits: {
        columns: { role: true, character: true },
        with: { person: { columns: { slug: true, name: true, originalName: true } } },
        orderBy: [asc(credits.role), asc(credits.position), asc(credits.id)],
      },
      stats: { columns: { ratingCount: true, ratingSum: true, reviewCount: true, histogram: true } },
    },
  });
  if (!film) return undefined;
  const { genres, countries, credits: filmCredits, ...rest } = film;
  return {
    ...rest,
    genres: genres.map(({ genre }) => genre),
    countries: countries.map(({ country }) => country),
    directors: filmCredits.filter((credit) => credit.role === "director").map(({ person }) => person),
    cast: filmCredits
      .filter((credit) => credit.role === "cast")
      .map(({ person, character }) => ({ ...person, character })),
    crew: filmCredits
      .filter((credit) => credit.role !== "director" && credit.role !== "cast")
      .map(({ person, role }) => ({ ...person, role })),
  };
}

export type FilmPageData = NonNullable<Awaited<ReturnType<typeof getFilmBySlug>>>;

const reviewCard = { ...reviewColumns, author: reviewAuthorColumns };

const reviewOrder = {
  newest: [desc(reviews.createdAt), desc(reviews.id)],
  highest: [desc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
  lowest: [asc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
  // As Letterboxd's "popular" and IMDb's "helpful"; in the order of reviews_film_likes_idx.
  popular: [desc(reviews.likeCount), desc(reviews.id)],
} satisfies Record<FilmReviewSort, unknown[]>;

/** Written, visible reviews of a film, one page of them in the chosen order. */
export async function listReviewsForFilm(
  filmId: number,
  { sort = "newest", page = 1, pageSize = 20 }: { sort?: FilmReviewSort; page?: number; pageSize?: number } = {},
) {
  return getDb()
    .select(reviewCard)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.filmId, filmId), eq(reviews.status, "visible"), isNotNull(reviews.body)))
    .orderBy(...reviewOrder[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

/** Whose reviews a feed or list is about: everyone's, one film's, the films of one person, or one user's. */
export type ReviewScope = { filmId: number } | { personId: number } | { userId: number } | Record<string, never>;

function reviewScopeCondition(scope: ReviewScope) {
  if ("filmId" in scope) return eq(reviews.filmId, scope.filmId);
  if ("userId" in scope) return eq(reviews.userId, scope.userId);
  if ("personId" in scope) {
    return sql`${reviews.filmId} in (select ${credits.filmId} from ${credits} where ${credits.personId} = ${scope.personId})`;
  }
  return undefined;
}

/** The latest written reviews, with their film, across the catalogue or within a scope. */
export async function listLatestReviews({ limit = 10, scope = {} }: { limit?: number; scope?: ReviewScope } = {}) {
  return getDb()
    .select({ ...reviewCard, film: { id: films.id, slug: films.slug, title: films.title, year: films.year } })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.status, "visible"), isNotNull(reviews.body), reviewScopeCondition(scope)))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
}

export type ReviewCardData = Awaited<ReturnType<typeof listReviewsForFilm>>[number];

export const filmCard = {
  id: films.id,
  slug: films.slug,
  title: films.title,
  year: films.year,
  poster: films.poster,
  posterPlaceholder: placeholderOf(films.poster),
  ratingCount: sql<number>`coalesce(${filmRatingStats.ratingCount}, 0)`.mapWith(Number),
  ratingSum: sql<number>`coalesce(${filmRatingStats.ratingSum}, 0)`.mapWith(Number),
};

export type FilmCardData = Awaited<ReturnType<typeof listRecentlyAddedFilms>>[number];

/** One page of film cards matching `where` (which may test the rating stats), and how many match in all. */
export async function pageOfFilmCards(
  where: SQL | undefined,
  order: SQL[],
  { page, pageSize }: { page: number; pageSize: number },
) {
  const rows = await getDb()
    .select({ ...filmCard, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(films)
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const { rows: cards, total } = await splitWindowTotal(rows, page, async () => {
    const [counted] = await getDb()
      .select({ count: count() })
      .from(films)
      .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
      .where(where);
    return counted?.count ?? 0;
  });
  return { films: cards, total };
}

export async function listRecentlyAddedFilms({ limit = 12 }: { limit?: number } = {}) {
  return getDb()
    .select(filmCard)
    .from(films)
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .orderBy(desc(films.createdAt), desc(films.id))
    .limit(limit);
}

/** The slugs worth prerendering at build time: the most rated films. */
export async function listMostRatedFilmSlugs({ limit = 50 }: { limit?: number } = {}) {
  const rows = await getDb()
    .select({ slug: films.slug })
    .from(films)
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .orderBy(sql`${filmRatingStats.ratingCount} desc nulls last`, asc(films.id))
    .limit(limit);
  return rows.map((row) => row.slug);
}

/** How many of each genre's most rated films are weighed as related films, besides the director's films. */
const RELATED_CANDIDATES_PER_GENRE = 50;

/**
 * Films related to one: by the same director first, then by the number of genres they share, then by popularity.
 * The candidates are the director's films and the most rated films of each of its genres, walked down the
 * rating-count index, not every film sharing a genre: a drama shares one with a quarter of the catalogue, and scoring
 * them all took 100–500 ms at 100,000 films. A film sharing several genres with this one but popular in none of
 * them can be missed; the films shown are the ones worth showing anyway.
 */
export async function listRelatedFilms(filmId: number, { limit = 6 }: { limit?: number } = {}) {
  // Films never rated have no stats row: they follow the rated ones, for genres with too few rated films.
  const related = sql`(
    select theirs.film_id from ${credits} mine
    join ${credits} theirs on theirs.person_id = mine.person_id and theirs.role = 'director'
    where mine.film_id = ${filmId} and mine.role = 'director'
    union
    select popular.film_id from film_genres mine cross join lateral (
      select film_id from (
        (select s.film_id from film_rating_stats s
         where exists (select 1 from film_genres fg where fg.film_id = s.film_id and fg.genre_id = mine.genre_id)
         order by s.rating_count desc nulls last limit ${RELATED_CANDIDATES_PER_GENRE})
        union all
        (select fg.film_id from film_genres fg
         where fg.genre_id = mine.genre_id and not exists (select 1 from film_rating_stats s where s.film_id = fg.film_id))
      ) by_popularity limit ${RELATED_CANDIDATES_PER_GENRE}
    ) popular
    where mine.film_id = ${filmId}
  ) related`;
  // 10 per shared director, 1 per shared genre.
  const score = sql`(
    (select 10 * count(*) from ${credits} a join ${credits} b on b.person_id = a.person_id and b.role = 'director'
     where a.film_id = ${filmId} and a.role = 'director' and b.film_id = related.film_id)
    + (select count(*) from film_genres a join film_genres b on b.genre_id = a.genre_id
       where a.film_id = ${filmId} and b.film_id = related.film_id))`;
  return getDb()
    .select(filmCard)
    .from(related)
    .innerJoin(films, sql`${films.id} = related.film_id`)
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .where(sql`related.film_id <> ${filmId}`)
    .orderBy(sql`${score} desc`, sql`${filmRatingStats.ratingCount} desc nulls last`, asc(films.title))
    .limit(limit);
}
