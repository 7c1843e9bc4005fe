// What the members someone follows did, newest first: ratings, reviews, diary entries and films added to public lists,
// in one UNION query, paged by keyset (time, kind, row, film) so that new activity does not shift the pages read.
import { sql, type SQL } from "drizzle-orm";
import { CURSOR_TIME_FORMAT, formatCursor, parseCursor } from "@/lib/keyset-cursor";
import { getDb } from "../client";
import { diaryEntries, filmListItems, filmLists, films, follows, reviews, users } from "../schema";

const ACTIVITY_KINDS = ["reviewed", "rated", "logged", "listed"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Where a page of activity starts: after the row of this position. */
export interface ActivityPosition {
  at: string;
  kind: ActivityKind;
  refId: number;
  filmId: number;
}

/** The position an "older" link names (`olderCursor` below), or undefined for the first page. */
export function activityPositionOf(cursor: string | undefined): ActivityPosition | undefined {
  const parsed = parseCursor(cursor, 3);
  const [kind, refId, filmId] = parsed?.keys ?? [];
  const isKind = (text: string | undefined): text is ActivityKind => ACTIVITY_KINDS.some((known) => known === text);
  if (!parsed || !isKind(kind) || !/^\d+$/.test(refId!) || !/^\d+$/.test(filmId!)) return undefined;
  return { at: parsed.at, kind, refId: Number(refId), filmId: Number(filmId) };
}

interface ActivityRow extends Record<string, unknown> {
  kind: ActivityKind;
  at: string | Date;
  cursor_at: string;
  ref_id: number;
  film_id: number;
  rating: number | null;
  watched_on: string | null;
  rewatch: boolean;
  list_slug: string | null;
  list_title: string | null;
  username: string;
  display_name: string | null;
  film_slug: string;
  film_title: string;
  film_year: number;
}

/**
 * A page of the activity of the members `userId` follows, newest first, after `before` when given; and the position
 * of its last row when older activity follows. Hidden reviews and private lists never show.
 */
export async function listFollowedActivity(
  userId: number,
  { before, pageSize }: { before?: ActivityPosition; pageSize: number },
) {
  // Each branch is read per followed member (per followed list for lists) through their own newest-first index, then
  // cut to the page past the position: reading everyone's activity newest first and keeping the followed members'
  // costs as much as the site is busy, not as much as the people followed (200 followed: 35 ms against 15 ms).
  const followed = sql`(select ${follows.followeeId} as user_id from ${follows} where ${follows.followerId} = ${userId})`;
  // Its columns start with kind, at, ref_id and film_id, ordered by position (a branch's kind is a constant, which
  // ORDER BY refuses), each step of it cut to the page, so that none returns more than a page.
  const branch = (from: SQL, select: SQL, at: SQL, kind: SQL, refId: SQL, filmId: SQL, where: SQL) => {
    const page = sql`order by 2 desc, 1 desc, 3 desc, 4 desc limit ${pageSize + 1}`;
    return sql`(
      select branch.* from ${from} cross join lateral (
        ${select}
        where ${where}
          ${before ? sql`and (${at}, ${kind}, ${refId}, ${filmId}) < (${before.at}::timestamptz, ${before.kind}, ${before.refId}, ${before.filmId})` : sql``}
        ${page}
      ) branch
      ${page})`;
  };
  const reviewKind = sql`(case when ${reviews.body} is null then 'rated' else 'reviewed' end)`;
  const rows = await getDb().execute<ActivityRow>(sql`
    with activity as (
      ${branch(
        sql`${followed} followed`,
        sql`select ${reviewKind} as kind, ${reviews.createdAt} as at, ${reviews.id} as ref_id, ${reviews.filmId} as film_id,
          ${reviews.userId} as user_id, ${reviews.rating}::int as rating, null::text as watched_on, false as rewatch,
          null::text as list_slug, null::text as list_title
          from ${reviews}`,
        sql`${reviews.createdAt}`,
        reviewKind,
        sql`${reviews.id}`,
        sql`${reviews.filmId}`,
        sql`${reviews.userId} = followed.user_id and ${reviews.status} = 'visible'`,
      )}
      union all
      ${branch(
        sql`${followed} followed`,
        sql`select 'logged', ${diaryEntries.createdAt}, ${diaryEntries.id}, ${diaryEntries.filmId}, ${diaryEntries.userId},
          ${diaryEntries.rating}::int, ${diaryEntries.watchedOn}::text, ${diaryEntries.rewatch}, null::text, null::text
          from ${diaryEntries}`,
        sql`${diaryEntries.createdAt}`,
        sql`'logged'`,
        sql`${diaryEntries.id}`,
        sql`${diaryEntries.filmId}`,
        sql`${diaryEntries.userId} = followed.user_id`,
      )}
      union all
      ${branch(
        sql`(select ${filmLists.id} as id, ${filmLists.userId} as user_id, ${filmLists.slug} as slug, ${filmLists.title} as title
          from ${filmLists} where ${filmLists.userId} in ${followed} and ${filmLists.isPublic}) listed`,
        sql`select 'listed', ${filmListItems.addedAt}, listed.id, ${filmListItems.filmId}, listed.user_id,
          null::int, null::text, false, listed.slug, listed.title
          from ${filmListItems}`,
        sql`${filmListItems.addedAt}`,
        sql`'listed'`,
        sql`listed.id`,
        sql`${filmListItems.filmId}`,
        sql`${filmListItems.listId} = listed.id`,
      )}
    )
    select activity.*, to_char(activity.at at time zone 'UTC', ${CURSOR_TIME_FORMAT}) as cursor_at,
      ${users.username} as username, ${users.displayName} as display_name,
      ${films.slug} as film_slug, ${films.title} as film_title, ${films.year} as film_year
    from activity
    join ${users} on ${users.id} = activity.user_id
    join ${films} on ${films.id} = activity.film_id
    order by activity.at desc, activity.kind desc, activity.ref_id desc, activity.film_id desc
    limit ${pageSize + 1}`);
  const page = [...rows].slice(0, pageSize);
  const last = page.at(-1);
  return {
    items: page.map(toActivityItem),
    /** The "older" link's position; undefined on the last page. */
    olderCursor:
      rows.length > pageSize && last ? formatCursor(last.cursor_at, [last.kind, last.ref_id, last.film_id]) : undefined,
  };
}

function toActivityItem(row: ActivityRow) {
  const common = {
    key: `${row.kind}-${row.ref_id}-${row.film_id}`,
    at: new Date(row.at),
    member: { username: row.username, displayName: row.display_name },
    film: { id: row.film_id, slug: row.film_slug, title: row.film_title, year: row.film_year },
  };
  switch (row.kind) {
    case "reviewed":
    case "rated":
      return { ...common, kind: row.kind, reviewId: row.ref_id, rating: row.rating! };
    case "logged":
      return { ...common, kind: row.kind, watchedOn: row.watched_on!, rewatch: row.rewatch, rating: row.rating };
    case "listed":
      return { ...common, kind: row.kind, list: { slug: row.list_slug!, title: row.list_title! } };
  }
}

export type ActivityItem = ReturnType<typeof toActivityItem>;
