// The reviews: real MovieLens ratings first, then generated ones with a long tail of popularity. Loaded with the
// film_rating_stats trigger off (a row-by-row trigger on a million rows takes minutes), then the stats are
// recomputed in one statement, all in one transaction: no one ever sees reviews without their stats.
import type postgres from "postgres";
import type { RealCatalogue } from "./real-catalogue";
import { copyRows } from "./copy";
import { REVIEW_SENTENCES } from "./vocabulary";

type Sql = postgres.TransactionSql;

const BATCH_ROWS = 250_000;
/**
 * Popularity rank = films × random()²: the most rated film gets ~0.3 % of the reviews, the least rated a handful.
 * A stride through the ids scatters the ranks over the catalogue.
 */
const POPULARITY_SKEW = 2;
/** MovieLens's rating distribution (its README), as 100 draws on Marquee's 1–10 scale: whole stars are common. */
const RATING_POOL = [
  [1, 1],
  [2, 3],
  [3, 2],
  [4, 7],
  [5, 6],
  [6, 20],
  [7, 13],
  [8, 27],
  [9, 8],
  [10, 13],
].flatMap(([rating, count]) => Array<number>(count!).fill(rating!));
const WRITTEN_SHARE = 0.25;

/** histogram[i + 1] counts ratings of value i, as film_rating_stats keeps it. */
function histogramOfVisibleRatings(sql: postgres.Sql | Sql) {
  const counts = Array.from({ length: 11 }, (_, value) => `count(*) filter (where rating = ${value})`);
  return sql.unsafe(`array[${counts.join(", ")}]::integer[]`);
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** A stride coprime with the film count, so rank → 1 + rank × stride mod films visits every film once. */
export function strideFor(films: number) {
  return (
    [104_729, 1_299_709, 15_485_863, 7_919].find((prime) => greatestCommonDivisor(prime % films, films) === 1) ?? 1
  );
}

async function insertGeneratedBatch(sql: Sql, rows: number, size: { films: number; users: number }) {
  // One review per member per film: drawn pairs that exist already are skipped, and the caller draws again.
  const result = await sql`
    insert into reviews (film_id, user_id, rating, body, has_spoilers, status, created_at, updated_at)
    select film_id, user_id,
           -- Films differ: each leans up to two half stars up or down, so that charts have something to rank.
           case when random() < 0.01 then 0 else greatest(1, least(10, drawn_rating + film_id % 5 - 2)) end,
           case when random() < ${WRITTEN_SHARE}
                then (${sql.array(REVIEW_SENTENCES)}::text[])[1 + floor(random() * ${REVIEW_SENTENCES.length})::int] || ' '
                     || (${sql.array(REVIEW_SENTENCES)}::text[])[1 + floor(random() * ${REVIEW_SENTENCES.length})::int]
           end,
           random() < 0.03,
           (case when random() < 0.005 then 'hidden' else 'visible' end)::review_status,
           written, written
    from (
      select (1 + (floor(${size.films} * power(random(), ${POPULARITY_SKEW}))::bigint * ${strideFor(size.films)}) % ${size.films})::int as film_id,
             (1 + floor(${size.users} * random()))::int as user_id,
             (${sql.array(RATING_POOL)}::int[])[1 + floor(random() * ${RATING_POOL.length})::int] as drawn_rating,
             now() - random() * interval '3 years' as written
      from generate_series(1, ${rows}::int)
    ) drawn
    on conflict (film_id, user_id) do nothing`;
  return result.count;
}

async function recomputeRatingStats(sql: Sql) {
  await sql`delete from film_rating_stats`;
  await sql`
    insert into film_rating_stats (film_id, rating_count, rating_sum, review_count, histogram)
    select film_id, count(*), sum(rating), count(body),
           ${histogramOfVisibleRatings(sql)}
    from reviews where status = 'visible' group by film_id`;
}

export async function loadReviews(
  sql: Sql,
  real: RealCatalogue["ratings"],
  size: { films: number; users: number; reviews: number },
  onProgress: (loaded: number) => void,
) {
  await sql`alter table reviews disable trigger reviews_film_rating_stats`;
  await copyRows(
    sql,
    "reviews",
    ["film_id", "user_id", "rating", "created_at", "updated_at"],
    real.map((rating) => [rating.filmId, rating.userId, rating.rating, rating.ratedAt, rating.ratedAt]),
  );
  let loaded = real.length;
  onProgress(loaded);
  while (loaded < size.reviews) {
    const inserted = await insertGeneratedBatch(sql, Math.min(BATCH_ROWS, size.reviews - loaded), size);
    if (inserted === 0) throw new Error("Cannot draw more distinct (film, member) pairs: ask for fewer reviews.");
    loaded += inserted;
    onProgress(loaded);
  }
  await recomputeRatingStats(sql);
  await sql`alter table reviews enable trigger reviews_film_rating_stats`;
}

/** Films whose stats differ from a recount of their visible reviews; zero after a correct load. */
export async function countStatsDifferingFromRecount(sql: postgres.Sql) {
  const [row] = await sql<{ differing: number }[]>`
    with recount as (
      select film_id, count(*)::int as rating_count, sum(rating)::int as rating_sum, count(body)::int as review_count,
             ${histogramOfVisibleRatings(sql)} as histogram
      from reviews where status = 'visible' group by film_id
    )
    select count(*)::int as differing
    from recount full join film_rating_stats stats using (film_id)
    where coalesce(stats.rating_count, 0) <> coalesce(recount.rating_count, 0)
       or coalesce(stats.rating_sum, 0) <> coalesce(recount.rating_sum, 0)
       or coalesce(stats.review_count, 0) <> coalesce(recount.review_count, 0)
       or coalesce(stats.histogram, '{0,0,0,0,0,0,0,0,0,0,0}') <> coalesce(recount.histogram, '{0,0,0,0,0,0,0,0,0,0,0}')`;
  return row!.differing;
}
