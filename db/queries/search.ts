// Search over every title of a film and every name of a person. Titles and names are compared by their search key
// (marquee_search_key, migration 0007: accents folded, lower case, no punctuation) through trigram indexes.
// Matches rank exact first, then prefixes, then close spellings; popularity and the weighted rating lift a match
// within its rank, so the famous "Escape" comes before an obscure one.
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "../client";
import { weightedRatingSql, type ChartParameters } from "./charts";
import { toSearchText } from "@/lib/search-query";
import { escapeLike } from "@/lib/validation/fields";

/**
 * How close a spelling must be to count: the share of the query's trigrams found in the best matching run of words
 * of a name. pg_trgm's default (0.6) misses a swapped pair of letters in a short word ("escpae" shares 3 of its 7
 * trigrams with "escape"); 0.4 catches it, and the noise it lets in ranks last.
 */
const WORD_SIMILARITY_THRESHOLD = "0.4";

/** The statement that starts every search transaction: it sets the threshold and returns the query's key. */
export function searchSettings(text: string) {
  return sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true),
                    marquee_search_key(${text}) as key`;
}

/** The key as a LIKE pattern for "starts with"; keys hold no punctuation, but a pattern is escaped all the same. */
function prefixPattern(key: string) {
  return `${escapeLike(key)}%`;
}

/**
 * A name's key matches when a run of its words is spelled like the key (%>) or when it starts with the key, which
 * still finds exact and prefix matches where pg_trgm sees no trigrams (a script its database's locale does not class
 * as letters). The trigram index serves both.
 */
function matches(nameKey: SQL, key: string) {
  return sql`(${nameKey} %> ${key} or ${nameKey} like ${prefixPattern(key)})`;
}

/** Rank of a match: 4 the whole name, 3 its beginning, 2 the beginning of a later word, 1 a close spelling. */
function matchRank(key: string) {
  const pattern = prefixPattern(key);
  return sql`case when name_key = ${key} then 4 when name_key like ${pattern} then 3
                  when name_key like ${`% ${pattern}`} then 2 else 1 end`;
}

/** How close the spelling is, 0–1: the whole name, and the best matching run of words in it. */
function closeness(key: string) {
  return sql`(similarity(name_key, ${key}) + word_similarity(${key}, name_key)) / 2`;
}

/** Popularity, a log of the number of ratings, lifts a match among those of its rank (never past a better rank). */
function popularityLift(votes: SQL) {
  return sql`0.05 * ln(1 + ${votes}::float)`;
}

interface Window {
  limit: number;
  offset: number;
}

/** Every film whose title, original title or other title matches, once, with its best matching title and rank. */
function filmMatches(key: string) {
  const titleKey = sql`marquee_search_key(title)`;
  const originalTitleKey = sql`marquee_search_key(original_title)`;
  return sql`
    with names as (
      select id as film_id, title as name, ${titleKey} as name_key from films where ${matches(titleKey, key)}
      union all
      select id, original_title, ${originalTitleKey} from films where ${matches(originalTitleKey, key)}
      union all
      select film_id, title, ${titleKey} from film_titles where ${matches(titleKey, key)}
    )
    select distinct on (film_id) film_id, name as matched_title, ${matchRank(key)} as match_rank, ${closeness(key)} as closeness
    from names
    order by film_id, match_rank desc, closeness desc`;
}

/** One page of matching films, best first, with their directors. Built apart from running it, so tests can EXPLAIN it. */
export function filmSearchQuery(key: string, parameters: ChartParameters, { limit, offset }: Window) {
  const votes = sql`coalesce(s.rating_count, 0)`;
  const lift = sql`${popularityLift(votes)} + 0.01 * ${weightedRatingSql(sql`s.rating_count`, sql`s.rating_sum`, parameters)}`;
  return sql`
    select f.id, f.slug, f.title, f.year, f.poster,
           ${votes}::int as "ratingCount", coalesce(s.rating_sum, 0)::int as "ratingSum",
           m.matched_title as "matchedTitle",
           array(select p.name from credits c join people p on p.id = c.person_id
                 where c.film_id = f.id and c.role = 'director' order by c.position, c.id) as directors
    from (${filmMatches(key)}) m
    join films f on f.id = m.film_id
    left join film_rating_stats s on s.film_id = f.id
    order by m.match_rank desc, m.closeness + ${lift} desc, f.title, f.id
    limit ${limit} offset ${offset}`;
}

function filmCountQuery(key: string) {
  return sql`select count(*)::int as total from (${filmMatches(key)}) m`;
}

/** Every person whose name or original name matches, once, with their best matching name and rank. */
function personMatches(key: string) {
  const nameKey = sql`marquee_search_key(name)`;
  const originalNameKey = sql`marquee_search_key(original_name)`;
  return sql`
    with names as (
      select id as person_id, ${nameKey} as name_key from people where ${matches(nameKey, key)}
      union all
      select id, ${originalNameKey} from people where ${matches(originalNameKey, key)}
    )
    select distinct on (person_id) person_id, ${matchRank(key)} as match_rank, ${closeness(key)} as closeness
    from names
    order by person_id, match_rank desc, closeness desc`;
}

/** One page of matching people, best first, each with the most rated film they are credited on. */
export function personSearchQuery(key: string, { limit, offset }: Window) {
  return sql`
    select p.id, p.slug, p.name, p.original_name as "originalName",
           case when known.slug is null then null
                else json_build_object('slug', known.slug, 'title', known.title, 'year', known.year, 'role', known.role) end as "knownFor"
    from (${personMatches(key)}) m
    join people p on p.id = m.person_id
    left join lateral (
      select coalesce(sum(s.rating_count), 0) as votes
      from credits c join film_rating_stats s on s.film_id = c.film_id where c.person_id = p.id
    ) popularity on true
    left join lateral (
      select f.slug, f.title, f.year, c.role
      from credits c join films f on f.id = c.film_id left join film_rating_stats s on s.film_id = f.id
      where c.person_id = p.id
      order by coalesce(s.rating_count, 0) desc, c.role, f.year desc, f.id
      limit 1
    ) known on true
    order by m.match_rank desc, m.closeness + ${popularityLift(sql`popularity.votes`)} desc, p.name, p.id
    limit ${limit} offset ${offset}`;
}

function personCountQuery(key: string) {
  return sql`select count(*)::int as total from (${personMatches(key)}) m`;
}

export type FilmSearchResult = {
  id: number;
  slug: string;
  title: string;
  year: number;
  poster: string | null;
  ratingCount: number;
  ratingSum: number;
  /** The title that matched: the film's own, or another ("Run Away", "탈주"). */
  matchedTitle: string;
  directors: string[];
};

export type PersonSearchResult = {
  id: number;
  slug: string;
  name: string;
  originalName: string | null;
  knownFor: { slug: string; title: string; year: number; role: string } | null;
};

/** Plain arrays of plain objects, so results can be cached and serialised. */
async function rowsOf<Row extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<Row[]> {
  return [...(await executor.execute<Row>(query))] as Row[];
}

/**
 * Runs a search in one read-only transaction, where the similarity threshold holds; `empty` is the answer when the
 * text has nothing to search for (so a query of only "%" matches nothing rather than everything).
 */
async function runSearch<Result>(rawText: string, empty: Result, search: (executor: Executor, key: string) => Promise<Result>) {
  const text = toSearchText(rawText);
  if (text === undefined) return empty;
  return getDb().transaction(
    async (tx) => {
      const [settings] = await rowsOf<{ key: string }>(tx, searchSettings(text));
      // Accents or marks alone (a combining accent) can fold to an empty key: nothing to look for.
      if (!settings?.key) return empty;
      return search(tx, settings.key);
    },
    { accessMode: "read only" },
  );
}

interface PageOptions {
  page: number;
  pageSize: number;
}

function windowOf({ page, pageSize }: PageOptions): Window {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export async function searchFilms(text: string, parameters: ChartParameters, options: PageOptions) {
  return runSearch(text, { films: [] as FilmSearchResult[], total: 0 }, async (tx, key) => {
    const [films, [count]] = await Promise.all([
      rowsOf<FilmSearchResult>(tx, filmSearchQuery(key, parameters, windowOf(options))),
      rowsOf<{ total: number }>(tx, filmCountQuery(key)),
    ]);
    return { films, total: count?.total ?? 0 };
  });
}

export async function searchPeople(text: string, options: PageOptions) {
  return runSearch(text, { people: [] as PersonSearchResult[], total: 0 }, async (tx, key) => {
    const [people, [count]] = await Promise.all([
      rowsOf<PersonSearchResult>(tx, personSearchQuery(key, windowOf(options))),
      rowsOf<{ total: number }>(tx, personCountQuery(key)),
    ]);
    return { people, total: count?.total ?? 0 };
  });
}

/** The few best films and people for the search box's suggestions, without counting every match. */
export async function suggestSearchResults(text: string, parameters: ChartParameters, { films = 5, people = 3 } = {}) {
  return runSearch(text, { films: [] as FilmSearchResult[], people: [] as PersonSearchResult[] }, async (tx, key) => {
    const [filmRows, personRows] = await Promise.all([
      rowsOf<FilmSearchResult>(tx, filmSearchQuery(key, parameters, { limit: films, offset: 0 })),
      rowsOf<PersonSearchResult>(tx, personSearchQuery(key, { limit: people, offset: 0 })),
    ]);
    return { films: filmRows, people: personRows };
  });
}

export type SearchSuggestions = Awaited<ReturnType<typeof suggestSearchResults>>;
