// Likes as members and pages read them.
import { and, count, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../client";
import { films, reviewLikes, reviews, users } from "../schema";
import { reviewAuthorColumns, reviewColumns } from "./reviews";

/** Whether the member likes the review, and whether it is theirs (not theirs to like), for its page's button. */
export async function findOwnLike(userId: number, reviewId: number) {
  const [review] = await getDb()
    .select({ authorId: reviews.userId, likedAt: reviewLikes.createdAt })
    .from(reviews)
    .leftJoin(reviewLikes, and(eq(reviewLikes.reviewId, reviews.id), eq(reviewLikes.userId, userId)))
    .where(eq(reviews.id, reviewId));
  return { isLiked: Boolean(review?.likedAt), isOwn: review?.authorId === userId };
}

const visibleWritten = and(eq(reviews.status, "visible"), isNotNull(reviews.body));

/** The visible reviews a member liked, the latest like first, one page of them. */
export async function listLikedReviews(userId: number, { page, pageSize }: { page: number; pageSize: number }) {
  return getDb()
    .select({
      ...reviewColumns,
      author: reviewAuthorColumns,
      film: { id: films.id, slug: films.slug, title: films.title, year: films.year },
    })
    .from(reviewLikes)
    .innerJoin(reviews, eq(reviews.id, reviewLikes.reviewId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviewLikes.userId, userId), visibleWritten))
    .orderBy(desc(reviewLikes.createdAt), desc(reviewLikes.reviewId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function countLikedReviews(userId: number) {
  const [row] = await getDb()
    .select({ total: count() })
    .from(reviewLikes)
    .innerJoin(reviews, eq(reviews.id, reviewLikes.reviewId))
    .where(and(eq(reviewLikes.userId, userId), visibleWritten));
  return row?.total ?? 0;
}
