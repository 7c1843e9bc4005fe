// Search over every title of a film and every name of a person (their other names too). Titles and names are
// compared by their search key (marquee_search_key, migration 0007: accents folded, lower case, no punctuation).
// A search first looks up each of its words in the dictionary of the catalogue's words (migration 0009): as itself,
// as the start of longer words, through misspellings one letter off, as words run together. It then reads only the
// titles and names holding one of those for every query word, in any order, through the word indexes; when that
// finds nothing, with the short words of a query of several words one letter off too (migration 0018: "koo gyo hwan"
// for Koo Kyo-hwan). Films fall back to comparing whole titles by trigrams when words find none (a word split in
// two: "spider man" for "Spiderman"). Matches rank exact first (the same words in another order next), then
// prefixes, then close spellings; popularity and the weighted rating lift a match within its rank, so the famous
// "Escape" comes before an obscure one.
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "../client";
import { weightedRatingSql, type ChartParameters } from "./charts";
import { mayBeInLanguage } from "./film-titles";
import type { TitleLanguage } from "@/lib/film-languages";
import { toSearchText } from "@/lib/search-query";
import { escapeLike } from "@/lib/validation/fields";
import { splitWindowTotal, withoutTotals } from "./window-total";

/**
 * How close a spelling must be to count: the share of the query's trigrams found in the best matching run of words
 * of a name. pg_trgm's default (0.6) misses a swapped pair of letters in a short word ("escpae" shares 3 of its 7
 * trigrams with "escape"); 0.4 catches it, and the noise it lets in ranks last.
 */
const WORD_SIMILARITY_THRESHOLD = "0.4";

/**
 * The statement that starts every search transaction: it sets the threshold and returns the query's key. It also
 * keeps search to one process: the planner cannot tell how few titles hold the query's words and would start
 * parallel workers, whose start-up (7 ms) costs more than the index reads they share (under 1 ms).
 */
export function searchSettings(text: string) {
  return sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true),
                    set_config('max_parallel_workers_per_gather', '0', true),
                    marquee_search_key(${text}) as key`;
}

/** The query words that narrow a search: the longest, since long words are the rarest. */
const MAX_FILTER_WORDS = 8;

/** How many catalogue words one query word may stand for (marquee_word_candidates, migration 0009). */
const MAX_WORD_CANDIDATES = 30;

/**
 * Words of up to this many letters are taken as typed (marquee_word_candidates): one letter off "ho" are "jo", "hi",
 * "oh" and "hoo". Romanised Korean, Chinese and Vietnamese names are made of such syllables, spelled many ways ("Kyo"
 * and "Gyo", "Joon" and "Jun"), so a query of several words that finds nothing is read again with its short words
 * also standing for the words one letter off them: the query's other words keep that to the names that hold them
 * too. Single letters (initials) stay as typed.
 */
const SHORT_WORD_LENGTH = { min: 2, max: 3 };

/**
 * How many words one letter off a short word may stand for: every one there is, in practice (50 to 70 for "the",
 * "and" or "jon" among the words of 100,000 films and 200,000 people), but bounded for scripts of thousands of
 * characters.
 */
const MAX_SHORT_WORD_VARIANTS = 200;

/** The key as a LIKE pattern for "starts with"; keys hold no punctuation, but a pattern is escaped all the same. */
function prefixPattern(key: string) {
  return `${escapeLike(key)}%`;
}

/**
 * What a search looks for: its key and, when it goes by words, the catalogue words each query word may stand for.
 * Without them, whole names are compared with the key by trigrams. `looseWordCandidates` are the same with the short
 * words also standing for the words one letter off them, read only when the words as typed find nothing.
 */
export interface SearchTerms {
  key: string;
  wordCandidates?: string[][];
  looseWordCandidates?: string[][];
}

function isShortWord(word: string) {
  const letters = [...word].length;
  return letters >= SHORT_WORD_LENGTH.min && letters <= SHORT_WORD_LENGTH.max;
}

/**
 * The search by words for `key`, or undefined when a query word stands for no word of the catalogue. The last word
 * is the one being typed, so it also stands for the words it begins. In a query of several words, the short words
 * also stand for the words one letter off them, should the words as typed find nothing.
 */
export async function findWordCandidates(executor: Executor, key: string): Promise<SearchTerms | undefined> {
  const allWords = key.split(" ").filter(Boolean);
  const typed = allWords.at(-1);
  const words = [...new Set(allWords)].sort((a, b) => b.length - a.length).slice(0, MAX_FILTER_WORDS);
  if (words.length === 0) return undefined;
  const loosened = words.length > 1 ? words.filter(isShortWord) : [];
  // Per query word: the words it stands for as typed, and those one letter off a short word. One call of each
  // function over all the words, so that each is planned once for the statement, not once per word.
  const [row] = await rowsOf<{ found: [string[], string[]][] }>(
    executor,
    sql`select json_agg(json_build_array(
                 marquee_word_candidates(word, word = ${typed}, ${MAX_WORD_CANDIDATES}::int),
                 case when word = any (${wordArray(loosened)})
                      then marquee_word_variants(word, ${MAX_SHORT_WORD_VARIANTS}::int) else '{}' end)
               order by position) as found
        from unnest(${wordArray(words)}) with ordinality as query_words(word, position)`,
  );
  const found = row?.found ?? [];
  const asTyped = found.map(([candidates]) => candidates);
  const loose = found.map(([candidates, variants]) => [...candidates, ...variants]);
  const isPossible = (wordCandidates: string[][]) => wordCandidates.every((candidates) => candidates.length > 0);
  const hasVariants = found.some(([, variants]) => variants.length > 0);
  if (isPossible(asTyped))
    return { key, wordCandidates: asTyped, looseWordCandidates: hasVariants ? loose : undefined };
  // A short word the catalogue does not hold ("gyo") can only stand for those one letter off it.
  return isPossible(loose) ? { key, wordCandidates: loose } : undefined;
}

/** Words as one array parameter: words hold no spaces, so a space-joined list is unambiguous. */
function wordArray(words: string[]) {
  return sql`string_to_array(${words.join(" ")}, ' ')`;
}

/**
 * Whether a name matches. By words: the name holds one of the candidates of every query word (the word indexes serve
 * it). By trigrams: a run of the name's words is spelled like the key (%>), or the name starts with the key, which
 * still finds exact and prefix matches where pg_trgm sees no trigrams (a script its database's locale does not class
 * as letters); the trigram index serves both.
 */
function matches(name: SQL, { key, wordCandidates }: SearchTerms) {
  if (wordCandidates) {
    return sql.join(
      wordCandidates.map((candidates) => sql`marquee_search_words(${name}) && ${wordArray(candidates)}`),
      sql` and `,
    );
  }
  const nameKey = sql`marquee_search_key(${name})`;
  return sql`(${nameKey} %> ${key} or ${nameKey} like ${prefixPattern(key)})`;
}

/**
 * The rows of `namesMatching` the terms' words as typed; when none, those matching its loose words (a short word one
 * letter off). One statement, the second read skipped (a one-time filter) when the first finds any.
 */
function asTypedElseLoose(terms: SearchTerms, namesMatching: (terms: SearchTerms) => SQL) {
  const { key, looseWordCandidates } = terms;
  if (!looseWordCandidates) return namesMatching(terms);
  return sql`
    with as_typed as (${namesMatching(terms)})
    select * from as_typed
    union all
    select * from (${namesMatching({ key, wordCandidates: looseWordCandidates })}) as loose
    where not exists (select from as_typed)`;
}

/** A leading article of a title, in the languages of most titles: "The Godfather" is all of "godfather". */
const LEADING_ARTICLE = "^(the|a|an|le|la|les|l|el|los|las|il|lo|gli|der|die|das|den|det|het) ";

/**
 * Rank of a match: 5 the whole name, 4 all its words in another order ("jong pil lee"), 3 its beginning, 2 the
 * beginning of a later word, 1 a close spelling. A title is also read without its leading article, so "godfather"
 * finds all of "The Godfather" before "Godfather's Revenge".
 */
function matchRank(key: string, { isTitle }: { isTitle: boolean }) {
  const pattern = prefixPattern(key);
  const keys = isTitle ? [sql`name_key`, sql`regexp_replace(name_key, ${LEADING_ARTICLE}, '')`] : [sql`name_key`];
  const anyKey = (test: (nameKey: SQL) => SQL) => sql.join(keys.map(test), sql` or `);
  const [nameWords, queryWords] = [sql`string_to_array(name_key, ' ')`, sql`string_to_array(${key}, ' ')`];
  return sql`case when ${anyKey((nameKey) => sql`${nameKey} = ${key}`)} then 5
                  when ${nameWords} @> ${queryWords} and ${nameWords} <@ ${queryWords} then 4
                  when ${anyKey((nameKey) => sql`${nameKey} like ${pattern}`)} then 3
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

/**
 * Whether a matched title is in the reader's language (lib/film-languages.ts): of titles that match alike, theirs
 * come first. The films table's own titles carry no language; English readers get no preference.
 */
function isInReadersLanguage(titlesIn: TitleLanguage | undefined) {
  return titlesIn ? mayBeInLanguage(sql`language`, sql`country_code`, titlesIn) : sql`false`;
}

/** Every film whose title, original title or other title matches, once, with its best matching title and rank. */
function filmMatches(terms: SearchTerms, titlesIn?: TitleLanguage) {
  const [title, originalTitle] = [sql`title`, sql`original_title`];
  const { key } = terms;
  const titlesMatching = (matching: SearchTerms) => sql`
    select id as film_id, title as name, marquee_search_key(title) as name_key, null::text as language, null::text as country_code from films where ${matches(title, matching)}
    union all
    select id, original_title, marquee_search_key(original_title), null, null from films where ${matches(originalTitle, matching)}
    union all
    select film_id, title, marquee_search_key(title), language, country_code from film_titles where ${matches(title, matching)}`;
  return sql`
    with names as (${asTypedElseLoose(terms, titlesMatching)})
    select distinct on (film_id) film_id, name as matched_title, ${matchRank(key, { isTitle: true })} as match_rank, ${closeness(key)} as closeness, ${isInReadersLanguage(titlesIn)} as is_in_readers_language
    from names
    order by film_id, match_rank desc, is_in_readers_language desc, closeness desc`;
}

/** One page of matching films, best first, with their directors. Built apart from running it, so tests can EXPLAIN it. */
export function filmSearchQuery(
  terms: SearchTerms,
  parameters: ChartParameters,
  { limit, offset }: Window,
  titlesIn?: TitleLanguage,
) {
  const votes = sql`coalesce(s.rating_count, 0)`;
  const lift = sql`${popularityLift(votes)} + 0.01 * ${weightedRatingSql(sql`s.rating_count`, sql`s.rating_sum`, parameters)}`;
  return sql`
    select f.id, f.slug, f.title, f.year, f.poster, count(*) over ()::int as total,
           ${votes}::int as "ratingCount", coalesce(s.rating_sum, 0)::int as "ratingSum",
           m.matched_title as "matchedTitle",
           array(select p.name from credits c join people p on p.id = c.person_id
                 where c.film_id = f.id and c.role = 'director' order by c.position, c.id) as directors
    from (${filmMatches(terms, titlesIn)}) m
    join films f on f.id = m.film_id
    left join film_rating_stats s on s.film_id = f.id
    order by m.match_rank desc, m.is_in_readers_language desc, m.closeness + ${lift} desc, f.title, f.id
    limit ${limit} offset ${offset}`;
}

function filmCountQuery(terms: SearchTerms) {
  return sql`select count(*)::int as total from (${filmMatches(terms)}) m`;
}

/**
 * Every person whose name, original name or other name matches, once, with their best matching name and rank; of
 * names that match alike, their own name first, so a result says "also known as" only when it has to.
 */
function personMatches(terms: SearchTerms) {
  const [name, originalName] = [sql`name`, sql`original_name`];
  const { key } = terms;
  const namesMatching = (matching: SearchTerms) => sql`
    select id as person_id, name, marquee_search_key(name) as name_key, 0 as preference from people where ${matches(name, matching)}
    union all
    select id, original_name, marquee_search_key(original_name), 1 from people where ${matches(originalName, matching)}
    union all
    select person_id, name, marquee_search_key(name), 2 from person_names where ${matches(name, matching)}`;
  return sql`
    with names as (${asTypedElseLoose(terms, namesMatching)})
    select distinct on (person_id) person_id, case when preference = 2 then name end as matched_other_name, ${matchRank(key, { isTitle: false })} as match_rank, ${closeness(key)} as closeness
    from names
    order by person_id, match_rank desc, preference, closeness desc`;
}

/** One page of matching people, best first, each with the most rated film they are credited on. */
export function personSearchQuery(terms: SearchTerms, { limit, offset }: Window) {
  return sql`
    select p.id, p.slug, p.name, p.original_name as "originalName", m.matched_other_name as "matchedOtherName", p.photo,
           count(*) over ()::int as total,
           case when known.slug is null then null
                else json_build_object('slug', known.slug, 'title', known.title, 'year', known.year, 'role', known.role) end as "knownFor"
    from (${personMatches(terms)}) m
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

function personCountQuery(terms: SearchTerms) {
  return sql`select count(*)::int as total from (${personMatches(terms)}) m`;
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
  /** The other name that matched ("Bong Jun-ho", "奉俊昊"), when it was not their own or original name. */
  matchedOtherName: string | null;
  photo: string | null;
  knownFor: { slug: string; title: string; year: number; role: string } | null;
};

/** Plain arrays of plain objects, so results can be cached and serialised. */
async function rowsOf<Row extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<Row[]> {
  return [...(await executor.execute<Row>(query))] as Row[];
}

/** A page's row with the number of matches in all (a window count). */
type Counted<Result> = Result & { total: number };

/** One page of results and how many match in all: carried by the page's rows, or counted apart past the last page. */
async function pageOfResults<Result>(executor: Executor, pageQuery: SQL, countQuery: SQL, page: number) {
  return splitWindowTotal(await rowsOf<Counted<Result>>(executor, pageQuery), page, async () => {
    const [row] = await rowsOf<{ total: number }>(executor, countQuery);
    return row?.total ?? 0;
  });
}

/** A search under way: its key, and its terms by words unless a query word stands for no word of the catalogue. */
interface Search {
  key: string;
  byWords?: SearchTerms;
}

/**
 * Runs a search in one read-only transaction, where the similarity threshold holds; `empty` is the answer when the
 * text has nothing to search for (so a query of only "%" matches nothing rather than everything).
 */
async function runSearch<Result>(
  rawText: string,
  empty: Result,
  search: (executor: Executor, search: Search) => Promise<Result>,
) {
  const text = toSearchText(rawText);
  if (text === undefined) return empty;
  return getDb().transaction(
    async (tx) => {
      const [settings] = await rowsOf<{ key: string }>(tx, searchSettings(text));
      // Accents or marks alone (a combining accent) can fold to an empty key: nothing to look for.
      if (!settings?.key) return empty;
      return search(tx, { key: settings.key, byWords: await findWordCandidates(tx, settings.key) });
    },
    { accessMode: "read only" },
  );
}

/** Films by words; by whole titles when the words find none. People go by words only: names are rarely run together. */
async function findFilms<Result>(
  { key, byWords }: Search,
  run: (terms: SearchTerms) => Promise<Result>,
  isFound: (result: Result) => boolean,
) {
  if (byWords) {
    const result = await run(byWords);
    if (isFound(result)) return result;
  }
  return run({ key });
}

interface PageOptions {
  page: number;
  pageSize: number;
}

/** The reader's language, whose titles come first among films that match alike; none for English. */
interface ReaderOptions {
  titlesIn?: TitleLanguage;
}

function windowOf({ page, pageSize }: PageOptions): Window {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export async function searchFilms(text: string, parameters: ChartParameters, options: PageOptions & ReaderOptions) {
  return runSearch(text, { films: [] as FilmSearchResult[], total: 0 }, (tx, search) =>
    findFilms(
      search,
      async (terms) => {
        const { rows: films, total } = await pageOfResults<FilmSearchResult>(
          tx,
          filmSearchQuery(terms, parameters, windowOf(options), options.titlesIn),
          filmCountQuery(terms),
          options.page,
        );
        return { films, total };
      },
      ({ total }) => total > 0,
    ),
  );
}

export async function searchPeople(text: string, options: PageOptions) {
  return runSearch(text, { people: [] as PersonSearchResult[], total: 0 }, async (tx, { byWords }) => {
    if (!byWords) return { people: [], total: 0 };
    const { rows: people, total } = await pageOfResults<PersonSearchResult>(
      tx,
      personSearchQuery(byWords, windowOf(options)),
      personCountQuery(byWords),
      options.page,
    );
    return { people, total };
  });
}

/** The first page of results, without the total: suggestions do not say how many more there are. */
async function suggestionsOf<Result>(executor: Executor, query: SQL) {
  return withoutTotals(await rowsOf<Counted<Result>>(executor, query));
}

/** The few best films and people for the search box's suggestions. */
export async function suggestSearchResults(
  text: string,
  parameters: ChartParameters,
  { films = 5, people = 3, titlesIn }: { films?: number; people?: number } & ReaderOptions = {},
) {
  return runSearch(
    text,
    { films: [] as FilmSearchResult[], people: [] as PersonSearchResult[] },
    async (tx, search) => {
      const [filmRows, personRows] = await Promise.all([
        findFilms(
          search,
          (terms) =>
            suggestionsOf<FilmSearchResult>(
              tx,
              filmSearchQuery(terms, parameters, { limit: films, offset: 0 }, titlesIn),
            ),
          (rows) => rows.length > 0,
        ),
        search.byWords
          ? suggestionsOf<PersonSearchResult>(tx, personSearchQuery(search.byWords, { limit: people, offset: 0 }))
          : [],
      ]);
      return { films: filmRows, people: personRows };
    },
  );
}

export type SearchSuggestions = Awaited<ReturnType<typeof suggestSearchResults>>;

/**
 * How alike a title or name must be to a query that found nothing to be offered instead ("did you mean"): looser
 * than a match, since it is only a suggestion, and served by the same trigram indexes.
 */
const SUGGESTION_SIMILARITY_THRESHOLD = "0.25";

/** The title or name spelled most like `text`, for a search that found nothing; undefined when none is close. */
export async function findClosestSpelling(text: string): Promise<string | undefined> {
  const searchText = toSearchText(text);
  if (searchText === undefined) return undefined;
  return getDb().transaction(
    async (tx) => {
      const [settings] = await rowsOf<{ key: string }>(
        tx,
        sql`select set_config('pg_trgm.similarity_threshold', ${SUGGESTION_SIMILARITY_THRESHOLD}, true),
                   marquee_search_key(${searchText}) as key`,
      );
      if (!settings?.key) return undefined;
      const key = settings.key;
      const [closest] = await rowsOf<{ name: string }>(
        tx,
        sql`select name from (
              select title as name, marquee_search_key(title) as name_key from films
              where marquee_search_key(title) % ${key}
              union all
              select name, marquee_search_key(name) from people where marquee_search_key(name) % ${key}
            ) as close
            order by similarity(name_key, ${key}) desc, name
            limit 1`,
      );
      return closest?.name;
    },
    { accessMode: "read only" },
  );
}
