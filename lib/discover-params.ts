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

/** Each numeric filter's schema; a value it refuses is a problem named after the filter. */
const NUMBER_FILTERS: Record<NumberFilter, z.ZodType<number>> = {
  yearFrom: wholeNumber(YEAR_RANGE.min, YEAR_RANGE.max),
  yearTo: wholeNumber(YEAR_RANGE.min, YEAR_RANGE.max),
  runtimeFrom: wholeNumber(RUNTIME_RANGE.min, RUNTIME_RANGE.max),
  runtimeTo: wholeNumber(RUNTIME_RANGE.min, RUNTIME_RANGE.max),
  minRating: wholeNumber(0, 100),
  minVotes: wholeNumber(0, 10_000_000),
};

/** What was left out of a query, for the page to say in its language (DiscoverPage.problems in the messages). */
export interface DiscoverProblem {
  kind: "unknownGenre" | "unknownCountry" | NumberFilter;
  /** The value as given, shortened so a hostile link cannot fill the page. */
  value: string;
}

/** The arguments of a problem's message: its value, and the range of years for the year filters. */
export function problemArguments({ value }: DiscoverProblem) {
  return { value, min: String(YEAR_RANGE.min), max: String(YEAR_RANGE.max) };
}

function problem(kind: DiscoverProblem["kind"], value: string): DiscoverProblem {
  return { kind, value: value.length > 40 ? `${value.slice(0, 39)}…` : value };
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
  /** What was left out of the query. */
  problems: DiscoverProblem[];
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
  const problems: DiscoverProblem[] = [];
  const filters: DiscoverFilters = { genres: [] };

  for (const genre of new Set(valuesOf(searchParams.genre))) {
    if (known.genres.includes(genre)) filters.genres.push(genre);
    else problems.push(problem("unknownGenre", genre));
  }

  const [country] = valuesOf(searchParams.country);
  if (country !== undefined) {
    const code = country.toUpperCase();
    if (known.countries.includes(code)) filters.country = code;
    else problems.push(problem("unknownCountry", country));
  }

  for (const [key, schema] of Object.entries(NUMBER_FILTERS) as [NumberFilter, z.ZodType<number>][]) {
    const [value] = valuesOf(searchParams[key]);
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
    else problems.push(problem(key, value));
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

/** The parameters Discover reads, in the order its cached pages are keyed by. */
const DISCOVER_KEYS = ["genre", "country", ...Object.keys(NUMBER_FILTERS), "sort", "page"];

/**
 * A query as Discover reads it, and keys its cached pages (lib/query-pages.ts): its own parameters only, in one order,
 * each genre once, the first of any other, blanks left out. Unknown genres and values out of range stay, for the
 * page to say so.
 */
export function discoverQuery(query: URLSearchParams) {
  const read = new URLSearchParams();
  for (const key of DISCOVER_KEYS) {
    const values = [...new Set(valuesOf(query.getAll(key)))];
    for (const value of key === "genre" ? values : values.slice(0, 1)) read.append(key, value);
  }
  return read;
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
