// The members' side of the scale data: who follows whom, diary entries and public lists, each table in a set-based
// statement on the server, drawn from the reviews already loaded. One bench account follows 200 active members, so
// that /activity can be timed for a member whose home page merges that many people's ratings, reviews, viewings and
// list additions.
import type postgres from "postgres";
import { FOLLOWER_USERNAME } from "../accounts";
import { strideFor } from "./reviews";
import { REVIEW_SENTENCES, TITLE_ADJECTIVES, TITLE_NOUNS, TITLE_PLACES } from "./vocabulary";

type Sql = postgres.TransactionSql;

/** Issue #20's figure: the signed-in home of a member following 200 members. */
export const FOLLOWED_MEMBERS = 200;
/** The other members follow 0 to 7 members each (3.5 on average), the already popular more often. */
const FOLLOWS_PER_MEMBER_CYCLE = 8;
/** A share of every review is also a diary entry; the followed members log more, as members who keep a diary do. */
const LOGGED_SHARE = 0.1;
const LOGGED_SHARE_OF_FOLLOWED = 0.6;
const REWATCH_SHARE = 0.1;
/** Lists per member (3,000 at 50,000 members), each of 10 to 100 films; every followed member owns two of them. */
const LISTS_PER_MEMBER = 0.06;
const LISTS_PER_FOLLOWED_MEMBER = 2;

export interface MemberDataCounts {
  follows: number;
  diaryEntries: number;
  lists: number;
  listItems: number;
}

/** The bench's follower: signs in with the bench password and follows the most active members. */
async function followActiveMembers(sql: Sql, passwordHash: string) {
  const [follower] = await sql<{ id: number }[]>`
    insert into users (username, email, password_hash)
    values (${FOLLOWER_USERNAME}, ${`${FOLLOWER_USERNAME}@bench.invalid`}, ${passwordHash}) returning id`;
  // Members with twenty reviews or more first, in an order that is the same on every build and mixes MovieLens's
  // raters (hundreds of ratings each, no text) with generated members (fewer, a quarter of them written).
  await sql`
    insert into follows (follower_id, followee_id, created_at)
    select ${follower!.id}, user_id, now() - random() * interval '1 year'
    from (select user_id from reviews group by user_id order by count(*) >= 20 desc, md5(user_id::text) limit ${FOLLOWED_MEMBERS}) active`;
  return follower!.id;
}

async function sprinkleFollows(sql: Sql, users: number) {
  await sql`
    insert into follows (follower_id, followee_id, created_at)
    select follower, followee, now() - random() * interval '2 years'
    from (
      select i as follower, (1 + floor(${users} * power(random(), 2)))::int as followee
      from generate_series(1, ${users}::int) as i, generate_series(1, i % ${FOLLOWS_PER_MEMBER_CYCLE}) as n
    ) drawn
    where follower <> followee
    on conflict do nothing`;
}

/** Viewings logged the day of the review or a few days before, most of them rated, and some rewatched later. */
async function logViewings(sql: Sql, followerId: number) {
  await sql`
    insert into diary_entries (user_id, film_id, watched_on, rewatch, rating, created_at)
    select user_id, film_id, (created_at - random() * interval '3 days')::date, false,
           case when random() < 0.8 then rating end, created_at + random() * interval '1 hour'
    from reviews
    where status = 'visible'
      and random() < case when user_id in (select followee_id from follows where follower_id = ${followerId})
                          then ${LOGGED_SHARE_OF_FOLLOWED}::float8 else ${LOGGED_SHARE}::float8 end`;
  await sql`
    insert into diary_entries (user_id, film_id, watched_on, rewatch, rating, created_at)
    select user_id, film_id, (created_at + later)::date, true, rating, created_at + later
    from (select *, (30 + floor(random() * 700)) * interval '1 day' as later from diary_entries) logged
    where random() < ${REWATCH_SHARE} and created_at + later < now()`;
}

function listTitle(sql: Sql) {
  const word = (words: string[], index: postgres.PendingQuery<postgres.Row[]>) =>
    sql`(${sql.array(words)}::text[])[1 + (${index}) % ${words.length}]`;
  return sql`case k % 4
    when 0 then 'Best of the ' || (1930 + (k / 4) % 10 * 10) || 's'
    when 1 then 'Films set in ' || ${word(TITLE_PLACES, sql`k / 4`)}
    when 2 then ${word(TITLE_ADJECTIVES, sql`k / 4`)} || ' ' || lower(${word(TITLE_NOUNS, sql`k / 7`)}) || ' nights'
    else 'Favourite ' || lower(${word(TITLE_ADJECTIVES, sql`k / 3`)}) || ' films' end`;
}

/**
 * Lists of 10 to 100 films drawn with the reviews' popularity, a third of them ranked, half with a description, a
 * third of their films with a note; one in ten private. Films are added in list order over the list's life.
 */
async function makeLists(sql: Sql, size: { films: number; users: number }, followerId: number) {
  const count = Math.max(20, Math.round(size.users * LISTS_PER_MEMBER));
  const sentence = sql`(${sql.array(REVIEW_SENTENCES)}::text[])[1 + floor(random() * ${REVIEW_SENTENCES.length})::int]`;
  await sql`
    insert into film_lists (user_id, slug, title, description, ranked, is_public, created_at, updated_at)
    select owner, lower(regexp_replace(title, '[^A-Za-z0-9]+', '-', 'g')) || '-' || k, title,
           case when k % 2 = 0 then ${sentence} || ' ' || ${sentence} end, k % 3 = 0, k % 10 <> 0, created, created
    from (
      select k, ${listTitle(sql)} as title, now() - random() * interval '3 years' as created,
             case when k <= cardinality(followed.ids) * ${LISTS_PER_FOLLOWED_MEMBER}
                  then followed.ids[1 + (k - 1) % cardinality(followed.ids)]
                  else (1 + floor(${size.users} * random()))::int end as owner
      from generate_series(1, ${count}::int) as k,
           (select array_agg(followee_id order by followee_id) as ids from follows where follower_id = ${followerId}) as followed
    ) drawn`;
  await sql`
    insert into film_list_items (list_id, film_id, position, note, added_at)
    select list_id, film_id, row_number() over (partition by list_id order by draw),
           case when random() < 0.3 then ${sentence} end,
           created_at + (now() - created_at) * draw / (length + 1)
    from (
      select list_id, film_id, min(draw) as draw, min(length) as length, min(created_at) as created_at
      from (
        select l.id as list_id, l.created_at, 10 + (l.id * 37) % 91 as length, draw,
               (1 + (floor(${size.films} * power(random(), 2))::bigint * ${strideFor(size.films)}) % ${size.films})::int as film_id
        from film_lists l, generate_series(1, 10 + (l.id * 37) % 91) as draw
      ) drawn
      group by list_id, film_id
    ) distinct_films`;
  await sql`
    update film_lists l set updated_at = last.added_at
    from (select list_id, max(added_at) as added_at from film_list_items group by list_id) last
    where last.list_id = l.id`;
}

export async function loadMemberData(sql: Sql, size: { films: number; users: number }, passwordHash: string) {
  const followerId = await followActiveMembers(sql, passwordHash);
  await sprinkleFollows(sql, size.users);
  await logViewings(sql, followerId);
  await makeLists(sql, size, followerId);
  const [counts] = await sql<MemberDataCounts[]>`
    select (select count(*)::int from follows) as follows, (select count(*)::int from diary_entries) as "diaryEntries",
           (select count(*)::int from film_lists) as lists, (select count(*)::int from film_list_items) as "listItems"`;
  return counts!;
}
