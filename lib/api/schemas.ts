// The bodies the public API answers with. Every response is parsed with its schema before it is sent (so it holds
// exactly the documented fields), and the OpenAPI document is generated from the same schemas.
import { z } from "zod";
import { FILM_REVIEW_SORTS } from "@/lib/browse-sorts";
import { creditRole, titleKind } from "@/db/schema";
import { DISCOVER_SORTS } from "@/lib/discover-params";

/** Schemas named in the OpenAPI document's components, by name; the rest are written inline where used. */
export const apiComponents = z.registry<{ id: string }>();

export function component<Schema extends z.ZodType>(id: string, schema: Schema) {
  apiComponents.add(schema, { id });
  return schema;
}

export const absoluteUrl = z.url();
export const count = z.int().min(0);
export const nullableText = z.string().nullable();

export const links = z.object({
  self: absoluteUrl.describe("This resource in the API."),
  html: absoluteUrl.describe("The same resource on the website."),
});

export const ratingSummarySchema = component(
  "RatingSummary",
  z
    .object({
      count: count.describe("How many members rated the film."),
      average: z
        .number()
        .min(0)
        .max(10)
        .nullable()
        .describe("The mean rating out of 10, one decimal; null without ratings."),
      percentage: z.int().min(0).max(100).nullable().describe("The mean as a percentage (mean × 10), rounded."),
    })
    .describe("Ratings run from 0 (trash) to 10 (five stars), in half stars."),
);

const filmRating = ratingSummarySchema.extend({
  histogram: z.array(count).length(11).describe("histogram[r] is how many members gave the rating r, 0–10."),
  reviewCount: count.describe("How many of the ratings come with a written review."),
});

export const filmRefSchema = component(
  "FilmRef",
  z.object({ slug: z.string(), title: z.string(), year: z.int(), links }),
);

export const filmSummarySchema = component("FilmSummary", filmRefSchema.extend({ rating: ratingSummarySchema }));

export const filmCardSchema = component(
  "FilmCard",
  filmSummarySchema.extend({ posterUrl: absoluteUrl.nullable().describe("Null when the film has no poster.") }),
);

export const personRefSchema = component(
  "PersonRef",
  z.object({
    slug: z.string(),
    name: z.string(),
    originalName: nullableText.describe("The name in its own script, e.g. Hangul."),
    links,
  }),
);

const plot = z.object({
  body: z.string(),
  language: z.string(),
  source: z.string().describe("Who wrote the text. Credit it wherever the plot is shown."),
  sourceUrl: nullableText.describe("Where the text comes from."),
  license: nullableText.describe("The licence the text is under, e.g. CC BY-SA 4.0; reuse must follow it."),
});

export const filmSchema = component(
  "Film",
  filmRefSchema.extend({
    originalTitle: nullableText,
    releaseDate: z.iso.date().nullable(),
    runtimeMinutes: z.int().nullable(),
    posterUrl: absoluteUrl.nullable(),
    titles: z.array(
      z.object({
        title: z.string(),
        kind: z.enum(titleKind.enumValues),
        language: nullableText,
        countryCode: nullableText.describe("Where the title is used (ISO 3166-1 alpha-2), when the source says."),
      }),
    ),
    genres: z.array(z.object({ slug: z.string(), name: z.string() })),
    countries: z.array(z.object({ code: z.string().length(2), name: z.string() })),
    plots: z.array(plot),
    directors: z.array(personRefSchema),
    cast: z.array(personRefSchema.extend({ character: nullableText })),
    crew: z.array(
      personRefSchema.extend({ role: z.enum(creditRole.enumValues).describe("Any role but director and cast.") }),
    ),
    rating: filmRating,
    relatedFilms: z.array(filmCardSchema),
    links: links.extend({ reviews: absoluteUrl.describe("The film’s written reviews in the API.") }),
  }),
);

export const reviewSchema = component(
  "Review",
  z.object({
    id: z.int().min(1),
    rating: z.int().min(0).max(10).describe("0 (trash) to 10 (five stars), in half stars."),
    body: nullableText.describe("Plain text, never HTML; null for a rating without a written review."),
    hasSpoilers: z.boolean().describe("Hide the body behind a warning when true."),
    isPreRelease: z.boolean().describe("Rated before the film’s release; left out of charts until then."),
    likeCount: z.number().int().nonnegative().describe("How many members like the review."),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    author: z.object({
      username: z.string(),
      displayName: nullableText,
      links: z.object({
        html: absoluteUrl.nullable().describe("Null for a member who deleted their account and kept their reviews."),
      }),
    }),
    film: filmRefSchema,
    links,
  }),
);

export const reviewWithRevisionsSchema = component(
  "ReviewWithRevisions",
  reviewSchema.extend({
    revisions: z
      .array(
        z.object({
          rating: z.int().min(0).max(10),
          body: nullableText,
          hasSpoilers: z.boolean(),
          writtenAt: z.iso.datetime(),
        }),
      )
      .describe("Earlier versions, newest first."),
  }),
);

const roleAverage = ratingSummarySchema.extend({ films: count.describe("How many films the person has in the role.") });

export const personSchema = component(
  "Person",
  personRefSchema.extend({
    birthDate: z.iso.date().nullable(),
    birthPlace: nullableText,
    deathDate: z.iso.date().nullable(),
    deathPlace: nullableText,
    bio: nullableText,
    averageRatings: z
      .object({ asDirector: roleAverage, asActor: roleAverage })
      .describe("Over every rating of the films in the role, each rating weighing the same."),
    knownFor: z.array(filmSummarySchema).describe("The person’s most rated films."),
    filmography: z.array(
      z.object({ role: z.enum(creditRole.enumValues), character: nullableText, film: filmSummarySchema }),
    ),
  }),
);

const pageLinks = z.object({
  self: absoluteUrl,
  prev: absoluteUrl.nullable(),
  next: absoluteUrl.nullable(),
});

/** The one envelope of every list: a page of items, where it is, and how many there are in all. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    page: z.int().min(1),
    pageSize: z.int().min(1),
    total: count.describe("How many items there are over all pages."),
    links: pageLinks,
  });
}

export const filmReviewsSchema = component(
  "FilmReviews",
  pageOf(reviewSchema).extend({
    film: filmRefSchema,
    sort: z.enum(FILM_REVIEW_SORTS),
  }),
);

export const searchResultsSchema = component(
  "SearchResults",
  z.object({
    query: z.string().describe("The text searched for, after normalisation."),
    films: pageOf(
      filmCardSchema.extend({
        matchedTitle: z.string().describe("The title that matched: the film’s own or another (e.g. 탈주)."),
        directors: z.array(z.string()),
      }),
    ),
    people: pageOf(
      personRefSchema.extend({
        knownFor: z.object({ role: z.enum(creditRole.enumValues), film: filmRefSchema }).nullable(),
      }),
    ),
  }),
);

export const discoverResultsSchema = component(
  "DiscoverResults",
  pageOf(filmCardSchema).extend({
    filters: z
      .object({
        genres: z.array(z.string()),
        country: z.string().optional(),
        yearFrom: z.int().optional(),
        yearTo: z.int().optional(),
        runtimeFrom: z.int().optional(),
        runtimeTo: z.int().optional(),
        minRating: z.int().optional(),
        minVotes: z.int().optional(),
      })
      .describe("The filters applied: a reversed range is read the right way round."),
    sort: z.enum(DISCOVER_SORTS),
  }),
);

export const problemSchema = component(
  "Problem",
  z
    .object({
      type: absoluteUrl.describe("Where the kind of problem is explained."),
      title: z.string(),
      status: z.int().min(400).max(599),
      detail: z.string(),
      errors: z
        .array(z.object({ parameter: z.string(), message: z.string() }))
        .optional()
        .describe("For a 400: each parameter that was refused, and why."),
    })
    .describe("An RFC 9457 problem: every error is answered with one, as application/problem+json."),
);

export type Problem = z.input<typeof problemSchema>;
