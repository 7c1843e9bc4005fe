// What people type into a search box, made safe to send to the database and checked once for the page, the
// suggestions endpoint and the queries alike.
import { z } from "zod";
import { parseListParams } from "./list-params";
import { paramsOf } from "./query-pages";

/** Longer than any title or name worth typing; a longer query is refused with a message, never truncated silently. */
export const MAX_SEARCH_LENGTH = 200;

export const SEARCH_TYPES = ["all", "films", "people"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Unicode's compatibility form (full-width "ＥＳＣＡＰＥ" is "ESCAPE", "ﬁ" is "fi"), control characters as spaces
 * (PostgreSQL refuses NUL bytes outright), lone surrogates dropped, runs of whitespace collapsed.
 */
export function normaliseSearchText(raw: string) {
  return raw
    .replace(/\p{Cs}/gu, "")
    .normalize("NFKC")
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
}

/** Searchable text: at least one letter or digit, so "%" or "'" alone can never match everything. */
export const searchTextSchema = z
  .string()
  .transform(normaliseSearchText)
  .pipe(
    z
      .string()
      .min(1, "Type a film title or a person’s name.")
      .max(MAX_SEARCH_LENGTH, `Searches are limited to ${MAX_SEARCH_LENGTH} characters.`)
      .regex(/[\p{L}\p{N}]/u, "Search for a word or a number: punctuation alone matches nothing."),
  );

/** The searchable form of `raw`, or undefined when there is nothing to search for. */
export function toSearchText(raw: string) {
  const parsed = searchTextSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export interface SearchRequest {
  /** The searchable text, or what to show back in the search box when there is a problem. */
  text: string;
  type: SearchType;
  page: number;
  /** Why nothing is searched for: an empty, too long or punctuation-only query. */
  problem?: string;
}

/** The /search query string: `q`, plus `type` (all, films or people) and `page`, which fall back to defaults. */
export function parseSearchParams(searchParams: Record<string, string | string[] | undefined>): SearchRequest {
  const raw = [searchParams.q].flat()[0] ?? "";
  const { page, sort: type } = parseListParams({ page: searchParams.page, sort: searchParams.type }, SEARCH_TYPES);
  const parsed = searchTextSchema.safeParse(raw);
  if (parsed.success) return { text: parsed.data, type, page };
  return {
    text: normaliseSearchText(raw).slice(0, MAX_SEARCH_LENGTH),
    type,
    page,
    problem: parsed.error.issues[0]!.message,
  };
}

/** The query string of a results page; defaults are left out so each page has one URL. */
export function searchQuery(text: string, type: SearchType = "all", page = 1) {
  return new URLSearchParams({
    q: text,
    ...(type !== "all" ? { type } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });
}

/** A /search query string read as a search, with the one query string its results page is known by. */
export function readSearchQuery(query: URLSearchParams) {
  const search = parseSearchParams(paramsOf(query));
  return { search, canonical: searchQuery(search.text, search.type, search.page) };
}

export function searchHref(text: string, type: SearchType = "all", page = 1) {
  return `/search?${searchQuery(text, type, page)}`;
}
