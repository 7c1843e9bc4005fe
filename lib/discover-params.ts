// The Discover page's filters, read from and written to its query string. Links are edited and shared by hand, so a
// value that does not make sense is left out with a message saying so, and the rest of the filters still apply.
import { z } from "zod";
import { parseListParams } from "./list-params";

export const DISCOVER_SORTS = ["weighted", "rating", "votes", "newest", "oldest", "title"] as const;
export type DiscoverSort = (typeof DISCOVER_SORTS)[number];

/** The same ranges the films table accepts (films_year_range, films_runtime_range). */
export const YEAR_RANGE = { min: 1870, max: 2100 } as const;
export const RUNTIME_RANGE = { min: 1, max: 6000 } as const;

export interface DiscoverFilters {
  /** Genre slugs; a film must have every one of them. */
  genres: string[];
  /** An ISO 3166 code, upper case. */
  country?: string;
  yearFrom?: number;
  yearTo?: number;
  runtimeFrom?: number;
  runtimeTo?: number;
  /** The lowest mean rating, as a percentage (mean × 10), as pages show it. */
  minRating?: number;
  minVotes?: number;
}

type NumberFilter = "yearFrom" | "yearTo" | "runtimeFrom" | "runtimeTo" | "minRating" | "minVotes";

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Each numeric filter: its schema and how the message names it. */
const NUMBER_FILTERS: Record<NumberFilter, { schema: z.ZodType<number>; name: string; expected: string }> = {
  yearFrom: {
    schema: wholeNumber(YEAR_RANGE.min, YEAR_RANGE.max),
    name: "from year",
    expected: `a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
  },
  yearTo: {
    schema: wholeNumber(YEAR_RANGE.min, YEAR_RANGE.max),
    name: "to year",
    expected: `a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
  },
  runtimeFrom: {
    schema: wholeNumber(RUNTIME_RANGE.min, RUNTIME_RANGE.max),
    name: "shortest runtime",
    expected: "a number of minutes",
  },
  runtimeTo: {
    schema: wholeNumber(RUNTIME_RANGE.min, RUNTIME_RANGE.max),
    name: "longest runtime",
    expected: "a number of minutes",
  },
  minRating: { schema: wholeNumber(0, 100), name: "minimum rating", expected: "a percentage from 0 to 100" },
  minVotes: { schema: wholeNumber(0, 10_000_000), name: "minimum number of ratings", expected: "a whole number" },
};

/** Shown back in messages, shortened so a hostile link cannot fill the page. */
function quoted(value: string) {
  return `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;
}

function valuesOf(value: string | string[] | undefined) {
  return [value ?? []]
    .flat()
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export interface DiscoverRequest {
  filters: DiscoverFilters;
  sort: DiscoverSort;
  page: number;
  /** What was left out of the query and why, one sentence each. */
  problems: string[];
}

/**
 * Reads the filters; `known` lists the genre slugs and country codes that exist, so an unknown one is reported
 * instead of silently matching nothing.
 */
export function parseDiscoverParams(
  searchParams: Record<string, string | string[] | undefined>,
  known: { genres: readonly string[]; countries: readonly string[] },
): DiscoverRequest {
  const { page, sort } = parseListParams(searchParams, DISCOVER_SORTS);
  const problems: string[] = [];
  const filters: DiscoverFilters = { genres: [] };

  for (const genre of new Set(valuesOf(searchParams.genre))) {
    if (known.genres.includes(genre)) filters.genres.push(genre);
    else problems.push(`There is no genre ${quoted(genre)}.`);
  }

  const [country] = valuesOf(searchParams.country);
  if (country !== undefined) {
    const code = country.toUpperCase();
    if (known.countries.includes(code)) filters.country = code;
    else problems.push(`There is no country with the code ${quoted(country)}.`);
  }

  for (const [key, { schema, name, expected }] of Object.entries(NUMBER_FILTERS) as [
    NumberFilter,
    (typeof NUMBER_FILTERS)[NumberFilter],
  ][]) {
    const [value] = valuesOf(searchParams[key]);
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
    else problems.push(`The ${name} ${quoted(value)} was left out: it must be ${expected}.`);
  }

  // A reversed range is read the way it was surely meant.
  for (const [from, to] of [
    ["yearFrom", "yearTo"],
    ["runtimeFrom", "runtimeTo"],
  ] as const) {
    const [low, high] = [filters[from], filters[to]];
    if (low !== undefined && high !== undefined && low > high) [filters[from], filters[to]] = [high, low];
  }

  return { filters, sort, page, problems };
}

/** The address of a Discover page; empty filters and defaults are left out so each view has one URL. */
export function discoverHref(filters: DiscoverFilters, sort: DiscoverSort = DISCOVER_SORTS[0], page = 1) {
  const query = new URLSearchParams();
  for (const genre of filters.genres) query.append("genre", genre);
  if (filters.country) query.set("country", filters.country.toLowerCase());
  for (const key of Object.keys(NUMBER_FILTERS) as NumberFilter[]) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  if (sort !== DISCOVER_SORTS[0]) query.set("sort", sort);
  if (page > 1) query.set("page", String(page));
  return `/discover${query.size ? `?${query}` : ""}`;
}
