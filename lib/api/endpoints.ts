// Every endpoint of the public API, once: the OpenAPI document and the /api page are both written from this list.
import type { z } from "zod";
import { filmListSchema, memberListsSchema, memberSchema, watchlistSchema } from "./member-schemas";
import {
  discoverQuery,
  filmPathParams,
  filmReviewsQuery,
  memberListPathParams,
  memberPathParams,
  personPathParams,
  reviewPathParams,
  searchQuery,
  watchlistQuery,
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
  {
    path: "/users/{username}",
    operationId: "getMember",
    summary: "A member",
    description:
      "A member’s public profile: name, bio, avatar, when they joined, how many ratings, reviews and followers they " +
      "have, and links to their watchlist (when public) and lists. A deleted account is not found.",
    pathParameters: memberPathParams,
    response: memberSchema,
    example: "/users/cinephile_anna",
  },
  {
    path: "/users/{username}/watchlist",
    operationId: "listMemberWatchlist",
    summary: "A member’s watchlist",
    description:
      "The films a member wants to see, a page at a time, in the watchlist page’s orders. A watchlist its member keeps " +
      "private is not found.",
    pathParameters: memberPathParams,
    query: watchlistQuery,
    response: watchlistSchema,
    example: "/users/cinephile_anna/watchlist?sort=year",
  },
  {
    path: "/users/{username}/lists",
    operationId: "listMemberLists",
    summary: "A member’s lists",
    description:
      "Every public list of the member, latest changed first, without its films. Private lists are left out.",
    pathParameters: memberPathParams,
    response: memberListsSchema,
    example: "/users/cinephile_anna/lists",
  },
  {
    path: "/users/{username}/lists/{slug}",
    operationId: "getMemberList",
    summary: "A member’s list",
    description:
      "One public list with its films in order, each with its position on a ranked list and the member’s note. A " +
      "private list is not found.",
    pathParameters: memberListPathParams,
    response: filmListSchema,
    example: "/users/cinephile_anna/lists/silent-essentials",
  },
];
