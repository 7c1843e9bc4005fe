// Everything a member wrote, for their archive (app/[locale]/settings/export.zip): read in one repeatable-read transaction, so
// that its files agree with each other (a review in reviews.csv has its revisions in review-revisions.csv).
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "../client";
import {
  diaryEntries,
  filmListItems,
  filmLists,
  films,
  follows,
  reviewLikes,
  reviewRevisions,
  reviews,
  users,
  watchlistEntries,
} from "../schema";
import { listAllReviewsOfUser } from "./reviews";

const film = { slug: films.slug, title: films.title, year: films.year };
const member = { username: users.username, displayName: users.displayName };

/**
 * The member's archive, or undefined when the account is gone. Each file is one statement, all issued together:
 * postgres.js pipelines them on the transaction's connection (once their prepared statements are known) rather than
 * waiting for each answer in turn.
 */
export async function readAccountArchive(userId: number) {
  return getDb().transaction(
    async (tx) => {
      const [[profile], ratings, revisions, diary, watchlist, lists, following, followers, likes] = await Promise.all([
        tx
          .select({ ...member, email: users.email, bio: users.bio, createdAt: users.createdAt })
          .from(users)
          .where(eq(users.id, userId)),
        listAllReviewsOfUser(userId, tx),
        listRevisions(tx, userId),
        listDiaryEntries(tx, userId),
        listWatchlistEntries(tx, userId),
        listFilmLists(tx, userId),
        listFollowing(tx, userId),
        listFollowers(tx, userId),
        listLikedReviews(tx, userId),
      ]);
      if (!profile) return undefined;
      return { profile, ratings, revisions, diary, watchlist, lists, following, followers, likes };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export type AccountArchiveData = NonNullable<Awaited<ReturnType<typeof readAccountArchive>>>;

/** Every earlier version of the member's reviews, each review's oldest first. */
function listRevisions(tx: Executor, userId: number) {
  return tx
    .select({
      writtenAt: reviewRevisions.writtenAt,
      rating: reviewRevisions.rating,
      body: reviewRevisions.body,
      hasSpoilers: reviewRevisions.hasSpoilers,
      film,
    })
    .from(reviewRevisions)
    .innerJoin(reviews, eq(reviews.id, reviewRevisions.reviewId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(eq(reviews.userId, userId))
    .orderBy(asc(reviews.createdAt), asc(reviews.id), asc(reviewRevisions.writtenAt), asc(reviewRevisions.id));
}

function listDiaryEntries(tx: Executor, userId: number) {
  return tx
    .select({
      loggedAt: diaryEntries.createdAt,
      watchedOn: diaryEntries.watchedOn,
      rewatch: diaryEntries.rewatch,
      rating: diaryEntries.rating,
      film,
    })
    .from(diaryEntries)
    .innerJoin(films, eq(films.id, diaryEntries.filmId))
    .where(eq(diaryEntries.userId, userId))
    .orderBy(asc(diaryEntries.watchedOn), asc(diaryEntries.id));
}

function listWatchlistEntries(tx: Executor, userId: number) {
  return tx
    .select({ addedAt: watchlistEntries.addedAt, film })
    .from(watchlistEntries)
    .innerJoin(films, eq(films.id, watchlistEntries.filmId))
    .where(eq(watchlistEntries.userId, userId))
    .orderBy(asc(watchlistEntries.addedAt), asc(watchlistEntries.filmId));
}

/** Every list of the member's, public and private, each with its films in order. */
function listFilmLists(tx: Executor, userId: number) {
  return tx.query.filmLists.findMany({
    columns: { slug: true, title: true, description: true, ranked: true, isPublic: true, createdAt: true },
    where: eq(filmLists.userId, userId),
    orderBy: [asc(filmLists.createdAt), asc(filmLists.id)],
    with: {
      items: {
        columns: { position: true, note: true },
        with: { film: { columns: { slug: true, title: true, year: true } } },
        orderBy: [asc(filmListItems.position), asc(filmListItems.addedAt), asc(filmListItems.filmId)],
      },
    },
  });
}

function listFollowing(tx: Executor, userId: number) {
  return tx
    .select({ followedAt: follows.createdAt, ...member })
    .from(follows)
    .innerJoin(users, eq(users.id, follows.followeeId))
    .where(eq(follows.followerId, userId))
    .orderBy(asc(follows.createdAt), asc(users.id));
}

function listFollowers(tx: Executor, userId: number) {
  return tx
    .select({ followedAt: follows.createdAt, ...member })
    .from(follows)
    .innerJoin(users, eq(users.id, follows.followerId))
    .where(eq(follows.followeeId, userId))
    .orderBy(asc(follows.createdAt), asc(users.id));
}

/** The reviews the member liked, with their film and author. */
function listLikedReviews(tx: Executor, userId: number) {
  const author = alias(users, "author");
  return tx
    .select({
      likedAt: reviewLikes.createdAt,
      reviewId: reviews.id,
      author: { username: author.username, deletedAt: author.deletedAt },
      film,
    })
    .from(reviewLikes)
    .innerJoin(reviews, eq(reviews.id, reviewLikes.reviewId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .innerJoin(author, eq(author.id, reviews.userId))
    .where(eq(reviewLikes.userId, userId))
    .orderBy(asc(reviewLikes.createdAt), asc(reviews.id));
}
