// What the public API accepts, checked with zod before anything reaches the database. Unlike the pages, which fall
// back to defaults because their links are edited by hand, the API refuses a bad value with a 400 naming it: a
// program that sends one has a bug its author should see. The OpenAPI document describes these same schemas.
import { z } from "zod";
import { FILM_REVIEW_SORTS, WATCHLIST_SORTS } from "@/lib/browse-sorts";
import { DISCOVER_SORTS, RUNTIME_RANGE, YEAR_RANGE } from "@/lib/discover-params";
import { MAX_PAGE } from "@/lib/list-params";
import { MAX_SEARCH_LENGTH, searchTextSchema } from "@/lib/search-query";
import { USERNAME_PATTERN } from "@/lib/usernames";

const MAX_INT4 = 2_147_483_647;
/** No film has more genres; a longer list is a mistake or an attack on the query planner. */
const MAX_GENRES = 10;

function wholeNumber(min: number, max: number, what: string) {
  const message = `Give ${what} as a whole number from ${min} to ${max}.`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const pageParam = wholeNumber(1, MAX_PAGE, "the page").default(1).describe("The page to show, from 1.");

/** The format the films and people tables check; anything else cannot exist, so it is refused before the database. */
export const slugSchema = z
  .string()
  .max(200, "A slug is at most 200 characters long.")
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "Give a slug: lower-case letters and digits joined by single hyphens, e.g. thriller.",
  );

export const filmPathParams = z.object({ slug: slugSchema.describe("The film’s slug, e.g. escape-2024.") });
export const personPathParams = z.object({ slug: slugSchema.describe("The person’s slug, e.g. lee-jong-pil.") });
export const reviewPathParams = z.object({ id: z.int().min(1).max(MAX_INT4).describe("The review’s id.") });

/** The format of every username; anything else cannot exist, so it is not found without asking the database. */
export const usernameSchema = z
  .string()
  .regex(USERNAME_PATTERN, "Give a username: 3 to 30 letters, digits or underscores.");

export const memberPathParams = z.object({
  username: usernameSchema.describe("The member’s username, e.g. cinephile_anna, in any case."),
});
export const memberListPathParams = memberPathParams.extend({
  slug: slugSchema.describe("The list’s slug, unique among its owner’s lists."),
});

export const watchlistQuery = z.object({
  sort: z
    .enum(WATCHLIST_SORTS)
    .default("date")
    .describe("date: latest added first; year: newest film first; rating: highest rated first, unrated last."),
  page: pageParam,
});

export const filmReviewsQuery = z.object({
  sort: z
    .enum(FILM_REVIEW_SORTS)
    .default("newest")
    .describe("newest first; by rating, highest or lowest first; or popular: most liked first."),
  page: pageParam,
});

export const searchQuery = z.object({
  q: z
    .string({ error: "Give the text to search for in q." })
    .pipe(searchTextSchema)
    .describe(
      `A title or a name, in any script, up to ${MAX_SEARCH_LENGTH} characters. Control characters count as spaces; ` +
        "text without a letter or a digit is refused.",
    ),
  page: pageParam,
});

export const discoverQuery = z.object({
  genre: z
    .array(slugSchema)
    .max(MAX_GENRES, `Give at most ${MAX_GENRES} genres.`)
    .default([])
    .describe("A genre slug, e.g. thriller; repeat it for several: a film must have every one."),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "Give the country as its two-letter ISO 3166 code, e.g. kr.")
    .optional()
    .describe("A two-letter ISO 3166 country code, in either case."),
  yearFrom: wholeNumber(YEAR_RANGE.min, YEAR_RANGE.max, "the year").optional().describe("The earliest year."),
  yearTo: wholeNumber(YEAR_RANGE.min, YEAR_RANGE.max, "the year").optional().describe("The latest year."),
  runtimeFrom: wholeNumber(RUNTIME_RANGE.min, RUNTIME_RANGE.max, "the runtime in minutes")
    .optional()
    .describe("The shortest runtime, in minutes."),
  runtimeTo: wholeNumber(RUNTIME_RANGE.min, RUNTIME_RANGE.max, "the runtime in minutes")
    .optional()
    .describe("The longest runtime, in minutes."),
  minRating: wholeNumber(0, 100, "the rating")
    .optional()
    .describe("The lowest average rating, as a percentage (average × 10)."),
  minVotes: wholeNumber(0, 10_000_000, "the number of ratings")
    .optional()
    .describe("The fewest ratings a film may have."),
  sort: z
    .enum(DISCOVER_SORTS)
    .default("weighted")
    .describe("The order, as on the Discover page; weighted is the charts’ rating."),
  page: pageParam,
});

export interface ParameterError {
  parameter: string;
  message: string;
}

/** A schema that accepts a list (genre=a&genre=b) rather than one value, looking through default() and optional(). */
function acceptsMany(schema: z.ZodType): boolean {
  const { def } = schema;
  if (def.type === "array") return true;
  return "innerType" in def && acceptsMany(def.innerType as z.ZodType);
}

export type QueryResult<Shape extends z.ZodRawShape> =
  { success: true; data: z.output<z.ZodObject<Shape>> } | { success: false; errors: ParameterError[] };

/**
 * Reads a query string with `schema`. A repeated single-valued parameter counts once (the first), as on the pages;
 * an empty one counts as absent, as an empty form field does; parameters the schema does not name are ignored.
 */
export function parseQuery<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  searchParams: URLSearchParams,
): QueryResult<Shape> {
  const raw = Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => {
      const values = searchParams.getAll(name).filter((value) => value !== "");
      return [name, acceptsMany(field as z.ZodType) ? values : values[0]];
    }),
  );
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, errors: parameterErrors(parsed.error) };
}

/** The first problem with each parameter: an empty q is "empty", not also "without letters". */
function parameterErrors(error: z.ZodError): ParameterError[] {
  const byParameter = new Map<string, string>();
  for (const issue of error.issues) {
    const parameter = String(issue.path[0] ?? "");
    if (!byParameter.has(parameter)) byParameter.set(parameter, issue.message);
  }
  return [...byParameter].map(([parameter, message]) => ({ parameter, message }));
}
