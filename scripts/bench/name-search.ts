// Searching for people as issue #19 describes them being searched for: a short syllable of a romanised name spelled
// another way ("goo kyo hwan" for Koo Kyo-hwan), the words of a name in another order ("kyo-hwan koo"), and a
// person's other name (person_names). Each query is built from a different person of the scale database, and each
// answer is checked for that person.
import type postgres from "postgres";
import type { ServerTimeSeries } from "./server-time";

/** A person to search for, and the people the search may rightly answer with. */
export interface PersonToFind {
  name: string;
  /** The person's search key: lower case, no punctuation, words apart ("koo kyo hwan"). */
  key: string;
  /**
   * Their page and the pages of others who go by the searched name (generated people share 2,250 names): a search by
   * name alone cannot tell them apart, so finding any of them is finding the person.
   */
  slugs: string[];
  /** One of the person's other names, for the people picked for that series. */
  otherName?: string;
}

export interface PeopleToSearch {
  withShortWord: PersonToFind[];
  withSeveralWords: PersonToFind[];
  withOtherName: PersonToFind[];
}

/** Credited people (the ones pages link to) at random, with their namesakes' slugs. */
function pickPeople(sql: postgres.Sql, samples: number, condition: postgres.PendingQuery<postgres.Row[]>) {
  return sql<PersonToFind[]>`
    select p.name, marquee_search_key(p.name) as key,
           array(select q.slug from people q where lower(q.name) = lower(p.name) order by q.id) as slugs
    from people p
    where exists (select from credits c where c.person_id = p.id) and ${condition}
    order by random() limit ${samples}`;
}

/** `samples` people for each series. */
export async function pickPeopleToSearch(sql: postgres.Sql, samples: number): Promise<PeopleToSearch> {
  // Short words are what a search reads loosely only in a query of several words; of those, the ones with a letter
  // to change (three times as many are drawn, enough for all but the smallest catalogues).
  const withShortWord = (
    await pickPeople(
      sql,
      samples * 3,
      sql`marquee_search_key(p.name) ~ '(^| )[^ ]{2,3}( |$)' and marquee_search_key(p.name) like '% %'`,
    )
  )
    .filter((person) => respellShortWord(person.key) !== person.key)
    .slice(0, samples);
  const withSeveralWords = await pickPeople(sql, samples, sql`p.name like '% %'`);
  // Whoever goes by the other name, as their own or another name of theirs, is rightly found by it.
  const withOtherName = await sql<PersonToFind[]>`
    select p.name, marquee_search_key(p.name) as key, n.name as "otherName",
           array(select q.slug from people q where lower(q.name) in (lower(p.name), lower(n.name))
                 union select q.slug from person_names m join people q on q.id = m.person_id where m.name = n.name) as slugs
    from person_names n join people p on p.id = n.person_id
    where exists (select from credits c where c.person_id = p.id)
    order by random() limit ${samples}`;
  return { withShortWord, withSeveralWords, withOtherName };
}

/**
 * Letters that romanisations write for the same or a near sound (Kyo and Gyo, Pak and Bak, Lee and Ree, Jun and Jon):
 * a short word's first letter found here is changed, one letter off. Other vowels are left alone: "Eva" spelled "Iva"
 * is another name, not another spelling.
 */
const CLOSE_LETTERS: Record<string, string> = {
  k: "g",
  g: "k",
  p: "b",
  b: "p",
  t: "d",
  d: "t",
  l: "r",
  r: "l",
  o: "u",
  u: "o",
};

/** "koo kyo hwan" → "goo kyo hwan": the first word of two or three letters spelled one letter off. */
export function respellShortWord(key: string) {
  const words = key.split(" ");
  const at = words.findIndex((word) => [...word].length >= 2 && [...word].length <= 3);
  if (at < 0) return key;
  const letters = [...words[at]!];
  const changed = letters.findIndex((letter) => letter in CLOSE_LETTERS);
  if (changed < 0) return key;
  letters[changed] = CLOSE_LETTERS[letters[changed]!]!;
  words[at] = letters.join("");
  return words.join(" ");
}

/** "Koo Kyo-hwan" → "kyo-hwan koo": the first word last, as a name written family name first is often typed. */
export function reorderWords(name: string) {
  const [first, ...rest] = name.toLowerCase().split(" ");
  return [...rest, first].join(" ");
}

/** The slugs of the people the search page lists (the first eight, beside the films). */
function listedPeople(html: string) {
  const section = html.slice(html.indexOf('id="person-results"'));
  return [...section.matchAll(/href="\/people\/([a-z0-9-]+)"/g)].map((match) => match[1]!);
}

function searchFor(label: string, people: PersonToFind[], queryFor: (person: PersonToFind) => string) {
  return {
    label,
    paths: people.map((person) => `/search?${new URLSearchParams({ q: queryFor(person) })}`),
    isFound: (html: string, index: number) => listedPeople(html).some((slug) => people[index]!.slugs.includes(slug)),
  };
}

/** The three series, each left out when the scale database holds nobody to search for that way. */
export function nameSearches(people: PeopleToSearch): ServerTimeSeries[] {
  return [
    searchFor("Search, a name with a short word spelled another way", people.withShortWord, (person) =>
      respellShortWord(person.key),
    ),
    searchFor("Search, a name with its words in another order", people.withSeveralWords, (person) =>
      reorderWords(person.name),
    ),
    searchFor("Search, a person's other name", people.withOtherName, (person) => person.otherName!),
  ].filter((series) => series.paths.length > 0);
}
