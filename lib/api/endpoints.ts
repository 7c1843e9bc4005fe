// Every endpoint of the public API, once: the OpenAPI document and the /api page are both written from this list.
import type { z } from "zod";
import {
  discoverQuery,
  filmPathParams,
  filmReviewsQuery,
  personPathParams,
  reviewPathParams,
  searchQuery,
} from "./params";
import {
  discoverResultsSchema,
  filmReviewsSchema,
  filmSchema,
  personSchema,
  reviewWithRevisionsSchema,
  searchResultsSchema,
} from "./schemas";

export interface ApiEndpoint {
  /** The OpenAPI path, under /api/v1. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  pathParameters?: z.ZodObject;
  query?: z.ZodObject;
  /** The body of a 200: a schema registered in apiComponents. */
  response: z.ZodType;
  /** An old slug of a renamed film or person answers 308 with the new address. */
  isRenamable?: boolean;
  /** A request to show as an example, under /api/v1. */
  example: string;
}

export const apiEndpoints: ApiEndpoint[] = [
  {
    path: "/films/{slug}",
    operationId: "getFilm",
    summary: "A film",
    description:
      "Titles, genres, countries, plots (each with its source and licence), directors, cast and crew, the rating " +
      "summary and related films: what the film's page shows.",
    pathParameters: filmPathParams,
    response: filmSchema,
    isRenamable: true,
    example: "/films/escape-2024",
  },
  {
    path: "/films/{slug}/reviews",
    operationId: "listFilmReviews",
    summary: "A film's written reviews",
    description:
      "Visible written reviews, a page at a time. Ratings without text count in the film's rating but are not listed.",
    pathParameters: filmPathParams,
    query: filmReviewsQuery,
    response: filmReviewsSchema,
    isRenamable: true,
    example: "/films/escape-2024/reviews?sort=highest",
  },
  {
    path: "/people/{slug}",
    operationId: "getPerson",
    summary: "A person",
    description:
      "Life dates, biography, average ratings as director and actor, best-known films and the whole filmography.",
    pathParameters: personPathParams,
    response: personSchema,
    isRenamable: true,
    example: "/people/lee-jong-pil",
  },
  {
    path: "/reviews/{id}",
    operationId: "getReview",
    summary: "A review",
    description: "One visible review or rating, with its film, its author and its earlier versions.",
    pathParameters: reviewPathParams,
    response: reviewWithRevisionsSchema,
    example: "/reviews/1",
  },
  {
    path: "/search",
    operationId: "search",
    summary: "Search films and people",
    description:
      "Films by any of their titles and people by any of their names, ranked as on the search page: exact matches, then " +
      "beginnings, then close spellings, the popular first. Both lists are paged together.",
    query: searchQuery,
    response: searchResultsSchema,
    example: "/search?q=escpae",
  },
  {
    path: "/discover",
    operationId: "discoverFilms",
    summary: "Discover films",
    description:
      "Films matching every filter, in the chosen order, a page at a time: the Discover page's filters and sorts.",
    query: discoverQuery,
    response: discoverResultsSchema,
    example: "/discover?genre=thriller&country=kr&yearFrom=2020&sort=newest",
  },
];
