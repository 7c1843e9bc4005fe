// Reads for single reviews and users' review lists.
import { and, asc, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "../client";
import { films, reviewRevisions, reviews, users } from "../schema";
import { placeholderOf } from "./stored-images";
import { splitWindowTotal } from "./window-total";
import type { UserRatingSort } from "@/lib/browse-sorts";

/** Who wrote a review, as every listing credits them: a deleted member who kept their reviews has no profile. */
export const reviewAuthorColumns = {
  username: users.username,
  displayName: users.displayName,
  isDeleted: sql<boolean>`${users.deletedAt} is not null`,
};

/** What every listing shows of a review. */
export const reviewColumns = {
  id: reviews.id,
  rating: reviews.rating,
  body: reviews.body,
  hasSpoilers: reviews.hasSpoilers,
  createdAt: reviews.createdAt,
  editedAt: reviews.editedAt,
  likeCount: reviews.likeCount,
  // Rated before the film came out: marked, and kept out of charts until the release (db/queries/charts.ts).
  isPreRelease: sql<boolean>`exists (select 1 from films released where released.id = ${reviews.filmId} and ${reviews.createdAt} < released.release_date)`,
};

/** A visible review with its film and author, for its permalink page. */
export async function getReviewById(id: number) {
  const [review] = await getDb()
    .select({
      ...reviewColumns,
      // The permalink shows the author's avatar beside their name; listings do not.
      author: {
        id: users.id,
        ...reviewAuthorColumns,
        avatar: users.avatar,
        avatarPlaceholder: placeholderOf(users.avatar),
      },
      film: { id: films.id, slug: films.slug, title: films.title, year: films.year },
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, id), eq(reviews.status, "visible")))
    .limit(1);
  return review;
}

export type ReviewPageData = NonNullable<Awaited<ReturnType<typeof getReviewById>>>;

export async function getUserByUsername(username: string) {
  const [user] = await getDb()
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      bio: users.bio,
      avatar: users.avatar,
      avatarPlaceholder: placeholderOf(users.avatar),
      watchlistIsPublic: users.watchlistIsPublic,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username}) and ${users.deletedAt} is null`)
    .limit(1);
  if (!user) return undefined;
  const distribution = await getDb()
    .select({ rating: reviews.rating, count: count() })
    .from(reviews)
    .where(and(eq(reviews.userId, user.id), eq(reviews.status, "visible")))
    .groupBy(reviews.rating);
  const histogram = Array.from(
    { length: 11 },
    (_, rating) => distribution.find((row) => row.rating === rating)?.count ?? 0,
  );
  return { ...user, histogram };
}

export type UserPageData = NonNullable<Awaited<ReturnType<typeof getUserByUsername>>>;

/** A user's visible ratings and reviews, newest first, with their films. */
export async function listReviewsByUser(userId: number, { page, pageSize = 20 }: { page: number; pageSize?: number }) {
  return getDb()
    .select({
      ...reviewColumns,
      film: { id: films.id, slug: films.slug, title: films.title, year: films.year },
    })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.userId, userId), eq(reviews.status, "visible")))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

const userRatingOrder = {
  date: [desc(reviews.createdAt), desc(reviews.id)],
  rating: [desc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
  title: [asc(films.title), asc(films.year), asc(reviews.id)],
} satisfies Record<UserRatingSort, unknown[]>;

/** One page of a user's visible ratings, with a review or without, in the chosen order; and how many in all. */
export async function listRatingsByUser(
  userId: number,
  { sort, page, pageSize }: { sort: UserRatingSort; page: number; pageSize: number },
) {
  const theirs = and(eq(reviews.userId, userId), eq(reviews.status, "visible"));
  const rows = await getDb()
    .select({
      id: reviews.id,
      rating: reviews.rating,
      createdAt: reviews.createdAt,
      hasReview: sql<boolean>`${reviews.body} is not null`,
      film: {
        id: films.id,
        slug: films.slug,
        title: films.title,
        year: films.year,
        poster: films.poster,
        posterPlaceholder: placeholderOf(films.poster),
      },
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(theirs)
    .orderBy(...userRatingOrder[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const { rows: ratings, total } = await splitWindowTotal(rows, page, async () => {
    const [counted] = await getDb().select({ count: count() }).from(reviews).where(theirs);
    return counted?.count ?? 0;
  });
  return { ratings, total };
}

export type UserRatingData = Awaited<ReturnType<typeof listRatingsByUser>>["ratings"][number];

export async function countWrittenReviewsByUser(userId: number) {
  const [row] = await getDb()
    .select({ count: count() })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.status, "visible"), isNotNull(reviews.body)));
  return row?.count ?? 0;
}

/** The signed-in user's review of a film, for the "your review" box (never cached: it is per user). */
export async function findOwnReview(userId: number, filmId: number) {
  const [review] = await getDb()
    .select({
      ...reviewColumns,
      status: reviews.status,
      moderationReason: reviews.moderationReason,
      // Saved under a moderator's earlier hide (db/mutations/moderation.ts), and not yet decided on.
      isAwaitingModerator: sql<boolean>`exists (select 1 from review_holds h where h.user_id = ${reviews.userId} and h.film_id = ${reviews.filmId} and h.resubmitted_at is not null)`,
    })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.filmId, filmId)))
    .limit(1);
  return review;
}

/**
 * One review, whatever its status, with its author and film: for the pages that confirm its deletion, by its author
 * (given `authorId`, someone else's review is not found) or by a moderator.
 */
export async function findReviewToDelete(reviewId: number, { authorId }: { authorId?: number } = {}) {
  const [review] = await getDb()
    .select({
      id: reviews.id,
      rating: reviews.rating,
      body: reviews.body,
      author: users.username,
      film: { slug: films.slug, title: films.title, year: films.year },
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.id, reviewId), authorId === undefined ? undefined : eq(reviews.userId, authorId)))
    .limit(1);
  return review;
}

/** Earlier versions of a review, newest first, for its permalink. */
export async function listReviewRevisions(reviewId: number) {
  return getDb()
    .select({
      id: reviewRevisions.id,
      rating: reviewRevisions.rating,
      body: reviewRevisions.body,
      hasSpoilers: reviewRevisions.hasSpoilers,
      writtenAt: reviewRevisions.writtenAt,
    })
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(desc(reviewRevisions.writtenAt), desc(reviewRevisions.id));
}

/** Ratings of a film given without a written review, newest first: they count in the rating but are listed apart. */
export async function listBareRatingsForFilm(filmId: number, { limit = 30 }: { limit?: number } = {}) {
  return getDb()
    .select({
      id: reviews.id,
      rating: reviews.rating,
      createdAt: reviews.createdAt,
      author: { username: users.username, displayName: users.displayName },
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.filmId, filmId), eq(reviews.status, "visible"), isNull(reviews.body)))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
}

/** Everything a member has rated, oldest first, for their export (in the archive's transaction, `db`). */
export async function listAllReviewsOfUser(userId: number, db: Executor = getDb()) {
  return db
    .select({ ...reviewColumns, film: { slug: films.slug, title: films.title, year: films.year } })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(eq(reviews.userId, userId))
    .orderBy(reviews.createdAt, reviews.id);
}
