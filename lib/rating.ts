// Rating math shared by every page: a rating is 0–10, where 1–10 are half stars and 0 is ČSFD's "trash".

export const MAX_RATING = 10;

export interface RatingSummary {
  count: number;
  /** Mean out of 10, one decimal; null without ratings. */
  average: number | null;
  /** The mean as a percentage (mean × 10), whole number; null without ratings. */
  percentage: number | null;
}

export function summariseRatings(sum: number, count: number): RatingSummary {
  if (count <= 0) return { count: 0, average: null, percentage: null };
  const mean = sum / count;
  return { count, average: Math.round(mean * 10) / 10, percentage: Math.round(mean * 10) };
}

/**
 * A mean out of 10 as Marquee shows every film's and person's rating: a percentage (ČSFD's way), with `decimals`
 * where a chart needs to tell close scores apart.
 */
export function formatPercentage(meanOutOfTen: number, decimals = 0) {
  return `${(meanOutOfTen * 10).toFixed(decimals)}%`;
}

/** How a single rating is drawn: whole and half stars out of five, or the trash mark. */
export function starsFor(rating: number) {
  if (!Number.isInteger(rating) || rating < 0 || rating > MAX_RATING) {
    throw new RangeError(`A rating is a whole number from 0 to ${MAX_RATING}, got ${rating}`);
  }
  return { isTrash: rating === 0, fullStars: Math.floor(rating / 2), hasHalfStar: rating % 2 === 1 };
}

/**
 * The Bayesian weighted rating used by charts: WR = v/(v+m)·R + m/(v+m)·C, where v is the film's number of
 * ratings, R its mean, C the mean over all films and m the minimum number of ratings to be charted.
 * A film with few ratings is pulled towards C, so two 10/10 votes cannot beat a thousand 9/10 ones.
 */
export function weightedRating({
  votes,
  mean,
  globalMean,
  minimumVotes,
}: {
  votes: number;
  mean: number;
  globalMean: number;
  minimumVotes: number;
}) {
  if (votes + minimumVotes === 0) return globalMean;
  return (votes / (votes + minimumVotes)) * mean + (minimumVotes / (votes + minimumVotes)) * globalMean;
}
