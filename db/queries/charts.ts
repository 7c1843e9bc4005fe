// Charts rank by the Bayesian weighted rating (lib/rating.ts explains it), computed in SQL over
// film_rating_stats, never over reviews. C and m come from the catalogue itself so that charts suit a small
// self-hosted catalogue as well as a large one.
import { sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "../client";

export interface ChartParameters {
  /** C: the mean rating (0–10) over every rating in the catalogue. */
  globalMean: number;
  /** m: the minimum number of ratings a film needs to be charted, and the weight of C. */
  minimumVotes: number;
}

/** Plain arrays of plain objects, so results can be cached and serialised like any other query's. */
async function rowsOf<Row extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<Row[]> {
  return [...(await getDb().execute<Row>(query))] as Row[];
}

/**
 * Films that are out. Ratings given before a release are hype, not a verdict: an unreleased film stays out of
 * every chart (and out of C and m) until its release date, or its year when the date is unknown.
 */
const isReleased = sql`(f.release_date is null or f.release_date <= current_date) and f.year <= extract(year from current_date)`;

/** m is the mean number of ratings per rated film, rounded up, and at least 1. */
export async function getChartParameters(): Promise<ChartParameters> {
  const [row] = await rowsOf<{ global_mean: number | null; minimum_votes: number | null }>(sql`
    select sum(s.rating_sum)::float / nullif(sum(s.rating_count), 0) as global_mean,
           ceil(avg(s.rating_count))::int as minimum_votes
    from film_rating_stats s join films f on f.id = s.film_id
    where s.rating_count > 0 and ${isReleased}`);
  return { globalMean: row?.global_mean ?? 0, minimumVotes: Math.max(1, row?.minimum_votes ?? 1) };
}

/**
 * The Bayesian weighted rating WR = v/(v+m)·R + m/(v+m)·C (lib/rating.ts), written as (sum + m·C) / (v + m), which
 * needs no division by v: a film without ratings gets C, the catalogue's mean.
 */
export function weightedRatingSql(
  ratingCount: SQLWrapper,
  ratingSum: SQLWrapper,
  { globalMean, minimumVotes }: ChartParameters,
) {
  return sql`((coalesce(${ratingSum}, 0) + ${minimumVotes}::float * ${globalMean}::float) / (coalesce(${ratingCount}, 0) + ${minimumVotes}::float))`;
}

export type ChartFilm = {
  id: number;
  slug: string;
  title: string;
  year: number;
  votes: number;
  mean: number;
  weighted: number;
};

const filmColumns = sql`f.id, f.slug, f.title, f.year, s.rating_count as votes, s.rating_sum::float / s.rating_count as mean`;

export async function listTopRatedFilms(
  parameters: ChartParameters,
  { limit = 25, year }: { limit?: number; year?: number } = {},
) {
  return rowsOf<ChartFilm>(sql`
    select ${filmColumns}, ${weightedRatingSql(sql`s.rating_count`, sql`s.rating_sum`, parameters)} as weighted
    from film_rating_stats s join films f on f.id = s.film_id
    where s.rating_count >= ${parameters.minimumVotes} and ${isReleased} ${year ? sql`and f.year = ${year}` : sql``}
    order by weighted desc, votes desc, f.title limit ${limit}`);
}

export async function listMostReviewedFilms(limit = 10) {
  return rowsOf<ChartFilm & { reviews: number }>(sql`
    select ${filmColumns}, s.review_count as reviews, 0 as weighted
    from film_rating_stats s join films f on f.id = s.film_id
    where s.review_count > 0 and ${isReleased}
    order by s.review_count desc nulls last, s.rating_count desc, f.title limit ${limit}`);
}

/** The best films of each group (a genre or a decade), by weighted rating. */
async function listTopFilmsPerGroup(
  group: { key: ReturnType<typeof sql>; name: ReturnType<typeof sql>; join: ReturnType<typeof sql> },
  parameters: ChartParameters,
  perGroup: number,
) {
  const score = weightedRatingSql(sql`s.rating_count`, sql`s.rating_sum`, parameters);
  return rowsOf<ChartFilm & { group_name: string; group_key: string }>(sql`
    select * from (
      select ${filmColumns}, ${group.key} as group_key, ${group.name} as group_name, ${score} as weighted,
             row_number() over (partition by ${group.key} order by ${score} desc, s.rating_count desc, f.title) as place
      from film_rating_stats s join films f on f.id = s.film_id ${group.join}
      where s.rating_count >= ${parameters.minimumVotes} and ${isReleased}
    ) ranked where place <= ${perGroup}
    order by group_name, place`);
}

export function listTopFilmsPerGenre(parameters: ChartParameters, perGroup = 3) {
  return listTopFilmsPerGroup(
    {
      key: sql`g.slug`,
      name: sql`g.name`,
      join: sql`join film_genres fg on fg.film_id = f.id join genres g on g.id = fg.genre_id`,
    },
    parameters,
    perGroup,
  );
}

export function listTopFilmsPerDecade(parameters: ChartParameters, perGroup = 3) {
  const decade = sql`((f.year / 10) * 10)::text`;
  return listTopFilmsPerGroup({ key: decade, name: sql`${decade} || 's'`, join: sql`` }, parameters, perGroup);
}

export type ChartPerson = {
  slug: string;
  name: string;
  films: number;
  votes: number;
  mean: number;
  weighted: number;
};

/** People ranked by the weighted rating of all the ratings of their films in one role. */
export async function listTopPeople(role: "director" | "cast", parameters: ChartParameters, limit = 10) {
  return rowsOf<ChartPerson>(sql`
    select p.slug, p.name, count(*)::int as films, sum(s.rating_count)::int as votes,
           sum(s.rating_sum)::float / sum(s.rating_count) as mean,
           ${weightedRatingSql(sql`sum(s.rating_count)`, sql`sum(s.rating_sum)`, parameters)} as weighted
    from credits c
    join people p on p.id = c.person_id
    join film_rating_stats s on s.film_id = c.film_id and s.rating_count > 0
    join films f on f.id = c.film_id
    where c.role = ${role} and ${isReleased}
    group by p.id
    having sum(s.rating_count) >= ${parameters.minimumVotes}
    order by weighted desc, votes desc, p.name limit ${limit}`);
}

/** The latest year, up to `notAfter`, with films that have enough ratings to be charted. */
export async function getLatestChartedYear(parameters: ChartParameters, notAfter: number) {
  const [row] = await rowsOf<{ year: number | null }>(sql`
    select max(f.year)::int as year from film_rating_stats s join films f on f.id = s.film_id
    where s.rating_count >= ${parameters.minimumVotes} and ${isReleased} and f.year <= ${notAfter}`);
  return row?.year ?? undefined;
}
