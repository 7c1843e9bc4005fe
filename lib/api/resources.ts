// What the cached readers return (the pages' own data), shaped into the API's bodies with absolute links.
// The API mirrors the website's paths under /api/v1: /films/escape-2024 is /api/v1/films/escape-2024.
import type { z } from "zod";
import type { FilmCardData, FilmPageData, ReviewCardData } from "@/db/queries/films";
import type { PersonPageData } from "@/db/queries/people";
import type { listReviewRevisions, ReviewPageData } from "@/db/queries/reviews";
import type { FilmSearchResult, PersonSearchResult } from "@/db/queries/search";
import type { creditRole } from "@/db/schema";
import { averageForRole, knownFor } from "@/lib/filmography";
import { summariseRatings } from "@/lib/rating";
import type {
  filmCardSchema,
  filmRefSchema,
  filmSchema,
  personRefSchema,
  personSchema,
  reviewSchema,
  reviewWithRevisionsSchema,
  searchResultsSchema,
} from "./schemas";

type CreditRole = (typeof creditRole.enumValues)[number];
type SearchFilm = z.input<typeof searchResultsSchema>["films"]["items"][number];
type SearchPerson = z.input<typeof searchResultsSchema>["people"]["items"][number];

export const API_PREFIX = "/api/v1";

/** A resource's address in the API and on the website, from its website path. */
export function linksFor(origin: URL, pagePath: string) {
  return { self: new URL(`${API_PREFIX}${pagePath}`, origin).toString(), html: new URL(pagePath, origin).toString() };
}

/** Cached values may come back as dates or as the strings they were serialised to. */
export function isoTimestamp(value: Date | string) {
  return new Date(value).toISOString();
}

interface FilmIdentity {
  slug: string;
  title: string;
  year: number;
}

export function filmRef(origin: URL, { slug, title, year }: FilmIdentity): z.input<typeof filmRefSchema> {
  return { slug, title, year, links: linksFor(origin, `/films/${slug}`) };
}

function filmSummary(origin: URL, film: FilmIdentity, ratingSum: number, ratingCount: number) {
  return { ...filmRef(origin, film), rating: summariseRatings(ratingSum, ratingCount) };
}

export function posterUrl(origin: URL, poster: string | null) {
  return poster ? new URL(poster, origin).toString() : null;
}

/** The API shows no blurred preview: a client draws its own. */
export function toFilmCard(origin: URL, card: Omit<FilmCardData, "posterPlaceholder">): z.input<typeof filmCardSchema> {
  return { ...filmSummary(origin, card, card.ratingSum, card.ratingCount), posterUrl: posterUrl(origin, card.poster) };
}

interface PersonIdentity {
  slug: string;
  name: string;
  originalName: string | null;
}

function personRef(origin: URL, { slug, name, originalName }: PersonIdentity): z.input<typeof personRefSchema> {
  return { slug, name, originalName, links: linksFor(origin, `/people/${slug}`) };
}

export function toFilm(
  origin: URL,
  { film, relatedFilms }: { film: FilmPageData; relatedFilms: FilmCardData[] },
): z.input<typeof filmSchema> {
  const stats = film.stats ?? { ratingCount: 0, ratingSum: 0, reviewCount: 0, histogram: Array<number>(11).fill(0) };
  const links = linksFor(origin, `/films/${film.slug}`);
  return {
    ...filmRef(origin, film),
    originalTitle: film.originalTitle,
    releaseDate: film.releaseDate,
    runtimeMinutes: film.runtimeMinutes,
    posterUrl: posterUrl(origin, film.poster),
    titles: film.titles,
    genres: film.genres,
    countries: film.countries,
    plots: film.plots.map(({ body, language, source, sourceUrl, license }) => ({
      body,
      language,
      source,
      sourceUrl,
      license,
    })),
    directors: film.directors.map((person) => personRef(origin, person)),
    cast: film.cast.map((person) => ({ ...personRef(origin, person), character: person.character })),
    crew: film.crew.map((person) => ({ ...personRef(origin, person), role: person.role })),
    rating: {
      ...summariseRatings(stats.ratingSum, stats.ratingCount),
      histogram: stats.histogram,
      reviewCount: stats.reviewCount,
    },
    relatedFilms: relatedFilms.map((card) => toFilmCard(origin, card)),
    links: { ...links, reviews: linksFor(origin, `/films/${film.slug}/reviews`).self },
  };
}

export function toReview(origin: URL, review: ReviewCardData, film: FilmIdentity): z.input<typeof reviewSchema> {
  return {
    id: review.id,
    rating: review.rating,
    body: review.body,
    hasSpoilers: review.hasSpoilers,
    isPreRelease: review.isPreRelease,
    likeCount: review.likeCount,
    createdAt: isoTimestamp(review.createdAt),
    editedAt: review.editedAt ? isoTimestamp(review.editedAt) : null,
    author: {
      username: review.author.username,
      displayName: review.author.displayName,
      links: {
        html: review.author.isDeleted ? null : new URL(`/users/${review.author.username}`, origin).toString(),
      },
    },
    film: filmRef(origin, film),
    links: linksFor(origin, `/reviews/${review.id}`),
  };
}

/** What the review permalink's reader returns: the review and its earlier versions. */
type ReviewPage = ReviewPageData & { revisions: Awaited<ReturnType<typeof listReviewRevisions>> };

export function toReviewWithRevisions(origin: URL, review: ReviewPage): z.input<typeof reviewWithRevisionsSchema> {
  return {
    ...toReview(origin, review, review.film),
    revisions: review.revisions.map(({ rating, body, hasSpoilers, writtenAt }) => ({
      rating,
      body,
      hasSpoilers,
      writtenAt: isoTimestamp(writtenAt),
    })),
  };
}

export function toPerson(origin: URL, person: PersonPageData): z.input<typeof personSchema> {
  const summaryOf = (credit: PersonPageData["filmography"][number]) =>
    filmSummary(origin, credit.film, credit.ratingSum, credit.ratingCount);
  return {
    ...personRef(origin, person),
    birthDate: person.birthDate,
    birthPlace: person.birthPlace,
    deathDate: person.deathDate,
    deathPlace: person.deathPlace,
    bio: person.bio,
    averageRatings: {
      asDirector: averageForRole(person.filmography, "director"),
      asActor: averageForRole(person.filmography, "cast"),
    },
    knownFor: knownFor(person.filmography).map(summaryOf),
    filmography: person.filmography.map((credit) => ({
      role: credit.role,
      character: credit.character,
      film: summaryOf(credit),
    })),
  };
}

export function toSearchFilm(origin: URL, result: FilmSearchResult): SearchFilm {
  return { ...toFilmCard(origin, result), matchedTitle: result.matchedTitle, directors: result.directors };
}

export function toSearchPerson(origin: URL, result: PersonSearchResult): SearchPerson {
  const { knownFor: known } = result;
  return {
    ...personRef(origin, result),
    // Raw SQL rows are untyped; the response schema checks the role when the body is parsed.
    knownFor: known ? { role: known.role as CreditRole, film: filmRef(origin, known) } : null,
  };
}
