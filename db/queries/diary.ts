// Reads of members' diaries: a month of viewings, the months around it, the film page's own list, a year in review.
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { monthRange, type DiaryMonth } from "@/lib/diary-paths";
import { getDb } from "../client";
import { diaryEntries, films } from "../schema";
import { placeholderOf } from "./stored-images";

const theirs = (userId: number) => eq(diaryEntries.userId, userId);

function inRange(userId: number, { from, until }: { from: string; until: string }) {
  return and(theirs(userId), gte(diaryEntries.watchedOn, from), lt(diaryEntries.watchedOn, until));
}

const yearRange = (year: number) => ({ from: `${year}-01-01`, until: `${year + 1}-01-01` });

/** A month of a member's viewings, the latest first (a day's in the order logged, the last first). */
export async function listDiaryMonth(userId: number, month: DiaryMonth) {
  return getDb()
    .select({
      id: diaryEntries.id,
      watchedOn: diaryEntries.watchedOn,
      rewatch: diaryEntries.rewatch,
      rating: diaryEntries.rating,
      film: {
        id: films.id,
        slug: films.slug,
        title: films.title,
        year: films.year,
        poster: films.poster,
        posterPlaceholder: placeholderOf(films.poster),
      },
    })
    .from(diaryEntries)
    .innerJoin(films, eq(films.id, diaryEntries.filmId))
    .where(inRange(userId, monthRange(month)))
    .orderBy(desc(diaryEntries.watchedOn), desc(diaryEntries.id));
}

export type DiaryEntryData = Awaited<ReturnType<typeof listDiaryMonth>>[number];

const monthOf = (day: string | null): DiaryMonth | undefined =>
  day ? { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) } : undefined;

/**
 * Where a month of the diary leads: the nearest earlier and later months with viewings, and every year with any (for
 * the year in review), in one statement. Without `month`, the latest month with viewings; undefined when none.
 */
export async function findDiaryMonths(userId: number, month?: DiaryMonth) {
  const range = month ? monthRange(month) : undefined;
  const [row] = await getDb()
    .select({
      latest: sql<string | null>`max(${diaryEntries.watchedOn})::text`,
      earlier: range
        ? sql<
            string | null
          >`max(${diaryEntries.watchedOn}) filter (where ${diaryEntries.watchedOn} < ${range.from})::text`
        : sql<null>`null`,
      later: range
        ? sql<
            string | null
          >`min(${diaryEntries.watchedOn}) filter (where ${diaryEntries.watchedOn} >= ${range.until})::text`
        : sql<null>`null`,
      years: sql<number[]>`coalesce(array_agg(distinct extract(year from ${diaryEntries.watchedOn})::int), '{}')`,
    })
    .from(diaryEntries)
    .where(theirs(userId));
  return {
    latest: monthOf(row?.latest ?? null),
    earlier: monthOf(row?.earlier ?? null),
    later: monthOf(row?.later ?? null),
    years: [...(row?.years ?? [])].map(Number).sort((a, b) => b - a),
  };
}

/** The member's own viewings of a film, the latest first, for the film page's "Your diary" (never cached). */
export async function listOwnViewings(userId: number, filmId: number) {
  return getDb()
    .select({
      id: diaryEntries.id,
      watchedOn: diaryEntries.watchedOn,
      rewatch: diaryEntries.rewatch,
      rating: diaryEntries.rating,
    })
    .from(diaryEntries)
    .where(and(theirs(userId), eq(diaryEntries.filmId, filmId)))
    .orderBy(desc(diaryEntries.watchedOn), desc(diaryEntries.id));
}

/** A labelled count, one bar of a chart. */
export interface Tally {
  label: string;
  count: number;
  /** Where the label leads, when it names a page (a film, a person). */
  href?: string;
}

const TOP = 10;

/**
 * A member's year in the diary: how many viewings of how many films, the hours (each viewing counts its film's
 * runtime), the films by decade, genre and country, the directors most watched, and the best rated films of the year
 * (each film at its highest rating of the year). In one statement, each part a sub-select of the year's viewings.
 */
export async function getYearInReview(userId: number, year: number) {
  const viewed = getDb()
    .$with("viewed")
    .as(
      getDb()
        .select({
          entryId: sql<number>`${diaryEntries.id}`.as("entry_id"),
          filmId: sql<number>`${diaryEntries.filmId}`.as("film_id"),
          watchedOn: sql<string>`${diaryEntries.watchedOn}`.as("watched_on"),
          rewatch: sql<boolean>`${diaryEntries.rewatch}`.as("rewatch"),
          rating: sql<number | null>`${diaryEntries.rating}`.as("rating"),
        })
        .from(diaryEntries)
        .where(inRange(userId, yearRange(year))),
    );
  const tally = (query: ReturnType<typeof sql>) =>
    sql<Tally[]>`coalesce((select json_agg(t) from (${query}) t), '[]'::json)`;
  const [row] = await getDb()
    .with(viewed)
    .select({
      viewings: sql<number>`(select count(*) from viewed)::int`,
      rewatches: sql<number>`(select count(*) filter (where rewatch) from viewed)::int`,
      films: sql<number>`(select count(distinct film_id) from viewed)::int`,
      minutes: sql<number>`(select coalesce(sum(f.runtime_minutes), 0) from viewed v join films f on f.id = v.film_id)::int`,
      byMonth: sql<
        { month: number; count: number }[]
      >`coalesce((select json_agg(t order by t.month) from (select extract(month from watched_on)::int as month, count(*)::int as count from viewed group by 1) t), '[]'::json)`,
      byDecade: tally(sql`
        select (f.year / 10 * 10)::text || 's' as label, count(distinct f.id)::int as count
        from viewed v join films f on f.id = v.film_id group by f.year / 10 order by f.year / 10`),
      byGenre: tally(sql`
        select g.name as label, count(distinct v.film_id)::int as count
        from viewed v join film_genres fg on fg.film_id = v.film_id join genres g on g.id = fg.genre_id
        group by g.name order by count desc, g.name limit ${TOP}`),
      byCountry: tally(sql`
        select c.name as label, count(distinct v.film_id)::int as count
        from viewed v join film_countries fc on fc.film_id = v.film_id join countries c on c.code = fc.country_code
        group by c.name order by count desc, c.name limit ${TOP}`),
      directors: tally(sql`
        select p.name as label, count(distinct v.film_id)::int as count, '/people/' || p.slug as href
        from viewed v join credits cr on cr.film_id = v.film_id and cr.role = 'director' join people p on p.id = cr.person_id
        group by p.id order by count desc, p.name limit ${TOP}`),
      topRated: sql<
        { id: number; slug: string; title: string; year: number; rating: number }[]
      >`coalesce((select json_agg(t) from (
        select f.id, f.slug, f.title, f.year, max(v.rating)::int as rating
        from viewed v join films f on f.id = v.film_id where v.rating is not null
        group by f.id order by max(v.rating) desc, max(v.watched_on) desc, f.title limit ${TOP}) t), '[]'::json)`,
    })
    .from(sql`(select 1) as one`);
  return row!;
}

export type YearInReview = Awaited<ReturnType<typeof getYearInReview>>;

/** The member's viewings, oldest first: for tests and exports that read a whole diary. */
export async function listDiary(userId: number) {
  return getDb()
    .select({
      id: diaryEntries.id,
      filmId: diaryEntries.filmId,
      watchedOn: diaryEntries.watchedOn,
      rewatch: diaryEntries.rewatch,
      rating: diaryEntries.rating,
    })
    .from(diaryEntries)
    .where(theirs(userId))
    .orderBy(asc(diaryEntries.watchedOn), asc(diaryEntries.id));
}
