// The generated part of the catalogue, each table in one set-based statement on the server (generate_series),
// with ids following the real rows' so that later statements can refer to rows by arithmetic.
import type postgres from "postgres";
import {
  FIRST_NAMES,
  LAST_NAMES,
  NATIVE_NAMES,
  PLOT_SENTENCES,
  ROMANISATION_VARIANTS,
  TITLE_ADJECTIVES,
  TITLE_NOUNS,
  TITLE_PLACES,
} from "./vocabulary";

type Sql = postgres.TransactionSql;

/** Ids from…to inclusive; empty when the real rows already fill the size. */
export interface IdRange {
  from: number;
  to: number;
}

/** How strongly credits favour some people: power(random(), 1.5) gives the busiest person ~200 of 600k credits. */
const CREDIT_SKEW = 1.5;

export async function generateFilms(sql: Sql, ids: IdRange) {
  await sql`
    insert into films (id, slug, title, year, runtime_minutes, created_at, updated_at) overriding system value
    select i, trim(both '-' from lower(regexp_replace(title, '[^A-Za-z0-9]+', '-', 'g'))) || '-' || year || '-' || i,
           title, year, runtime, added, added
    from (
      select i,
             case i % 3
               when 0 then 'The ' || (${sql.array(TITLE_ADJECTIVES)}::text[])[1 + i % ${TITLE_ADJECTIVES.length}]
                           || ' ' || (${sql.array(TITLE_NOUNS)}::text[])[1 + (i / 7) % ${TITLE_NOUNS.length}]
               when 1 then (${sql.array(TITLE_NOUNS)}::text[])[1 + i % ${TITLE_NOUNS.length}]
                           || ' of ' || (${sql.array(TITLE_PLACES)}::text[])[1 + (i / 11) % ${TITLE_PLACES.length}]
               else (${sql.array(TITLE_ADJECTIVES)}::text[])[1 + (i / 5) % ${TITLE_ADJECTIVES.length}]
                    || ' ' || (${sql.array(TITLE_NOUNS)}::text[])[1 + (i / 13) % ${TITLE_NOUNS.length}]
                    || ' in ' || (${sql.array(TITLE_PLACES)}::text[])[1 + i % ${TITLE_PLACES.length}]
             end as title,
             -- More films from recent decades, as in any catalogue.
             (1930 + floor(95 * sqrt(random())))::smallint as year,
             (75 + floor(90 * random()))::smallint as runtime,
             now() - (${ids.to} - i) * interval '5 minutes' as added
      from generate_series(${ids.from}::int, ${ids.to}::int) as i
    ) generated`;
  await sql`
    insert into plots (film_id, body, source, language)
    select i, (${sql.array(PLOT_SENTENCES)}::text[])[1 + i % ${PLOT_SENTENCES.length}] || ' '
              || (${sql.array(PLOT_SENTENCES)}::text[])[1 + (i / 3) % ${PLOT_SENTENCES.length}], 'Marquee benchmark', 'en'
    from generate_series(${ids.from}::int, ${ids.to}::int) as i`;
  // One to three genres each; steps of 5 over 18 genres never repeat within a film.
  await sql`
    insert into film_genres (film_id, genre_id)
    select i, genre.ids[1 + (i * 7 + step * 5) % cardinality(genre.ids)]
    from generate_series(${ids.from}::int, ${ids.to}::int) as i,
         generate_series(0, i % 3) as step,
         (select array_agg(id order by id) as ids from genres) as genre`;
  await sql`
    insert into film_countries (film_id, country_code, position)
    select i, case when i % 5 < 2 then 'US' else country.codes[1 + (i * 13) % cardinality(country.codes)] end, 0
    from generate_series(${ids.from}::int, ${ids.to}::int) as i,
         (select array_agg(code order by code) as codes from countries) as country`;
}

/** A director, a writer, a composer, a cinematographer and six actors for each generated film. */
export async function generateCredits(sql: Sql, films: IdRange, peopleCount: number) {
  await sql`
    insert into credits (film_id, person_id, role, character, position)
    select i, 1 + floor(${peopleCount} * power(random(), ${CREDIT_SKEW}))::int, slot.role::credit_role,
           case when slot.role = 'cast' then (${sql.array(FIRST_NAMES)}::text[])[1 + (i + slot.position) % ${FIRST_NAMES.length}] end,
           slot.position
    from generate_series(${films.from}::int, ${films.to}::int) as i,
         (values ('director', 0), ('writer', 0), ('composer', 0), ('cinematographer', 0),
                 ('cast', 0), ('cast', 1), ('cast', 2), ('cast', 3), ('cast', 4), ('cast', 5)) as slot (role, position)
    on conflict do nothing`;
}

export async function generatePeople(sql: Sql, ids: IdRange) {
  await sql`
    insert into people (id, slug, name, birth_date, created_at, updated_at) overriding system value
    select i, trim(both '-' from lower(regexp_replace(unaccent(name), '[^A-Za-z0-9]+', '-', 'g'))) || '-' || i,
           name, date '1900-01-01' + ((i::bigint * 7919) % 38000)::int, now(), now()
    from (
      select i, (${sql.array(FIRST_NAMES)}::text[])[1 + i % ${FIRST_NAMES.length}] || ' '
                || (${sql.array(LAST_NAMES)}::text[])[1 + (i / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] as name
      from generate_series(${ids.from}::int, ${ids.to}::int) as i
    ) generated`;
}

/**
 * Other names, real and generated people alike, as IMDb and TMDB list them: a generated name with a form in its own
 * script gets that form, and a romanised Korean or Chinese name (a given name of two syllables joined by a hyphen,
 * "Kyo-hwan" but not "Jean-Pierre" or "Kim-Lian", or a generated name with a native form) gets the other spelling of
 * its first syllable spelled two ways. With the birth names below, about 3 % of people have one, so that search reads
 * person_names at scale. A name a person already has is kept as it is.
 */
export async function generateOtherNames(sql: Sql) {
  const [spellings, variants] = [
    ROMANISATION_VARIANTS.map(([spelling]) => spelling),
    ROMANISATION_VARIANTS.map(([, variant]) => variant),
  ];
  await sql`
    insert into person_names (person_id, name, kind)
    select distinct on (p.id) p.id, regexp_replace(p.name, '\\m' || v.spelling || '\\M', v.variant), 'romanisation'
    from people p
    join unnest(${sql.array(spellings)}::text[], ${sql.array(variants)}::text[]) with ordinality as v (spelling, variant, position)
      on p.name ~ ('\\m' || v.spelling || '\\M')
    where p.name ~ '\\m[[:upper:]][[:lower:]]+-[[:lower:]]+\\M' or p.name = any (${sql.array(Object.keys(NATIVE_NAMES))}::text[])
    order by p.id, v.position
    on conflict do nothing`;
  await sql`
    insert into person_names (person_id, name, kind)
    select p.id, native.name, 'native'
    from people p
    join unnest(${sql.array(Object.keys(NATIVE_NAMES))}::text[], ${sql.array(Object.values(NATIVE_NAMES))}::text[]) as native (romanised, name)
      on p.name = native.romanised
    on conflict do nothing`;
}

/** One generated person in 40 was born with another family name (IMDb's "birth name"). */
export async function generateBirthNames(sql: Sql, ids: IdRange) {
  const birthName = sql`split_part(name, ' ', 1) || ' ' || (${sql.array(LAST_NAMES)}::text[])[1 + (id / 7) % ${LAST_NAMES.length}]`;
  await sql`
    insert into person_names (person_id, name, kind)
    select id, ${birthName}, 'birth' from people
    where id between ${ids.from} and ${ids.to} and id % 40 = 0 and name <> ${birthName}`;
}

/** Members 1…movieLensUsers are MovieLens's raters (their ratings keep their ids); the rest are generated. */
export async function generateUsers(sql: Sql, count: number, movieLensUsers: number, passwordHash: string) {
  await sql`
    insert into users (id, username, email, password_hash, created_at, updated_at) overriding system value
    select i, username, username || '@bench.invalid', ${passwordHash}, joined, joined
    from (
      select i, case when i <= ${movieLensUsers} then 'movielens_' else 'member_' end || i as username,
             now() - random() * interval '5 years' as joined
      from generate_series(1, ${count}::int) as i
    ) generated`;
}

/** Identity columns filled with explicit ids must continue after them for the app's own inserts. */
export async function advanceIdentities(sql: Sql) {
  for (const table of ["films", "people", "users"]) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql(table)}))`;
  }
}
