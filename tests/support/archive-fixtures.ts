// A member who has written something of every kind their archive holds, beside members whose rows must stay out of
// it: for the archive's tests and the Letterboxd round trip.
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { addFilmToList, createFilmList } from "@/db/mutations/film-lists";
import { followMember } from "@/db/mutations/follows";
import { likeReview } from "@/db/mutations/review-likes";
import { saveReview } from "@/db/mutations/reviews";
import { addToWatchlist } from "@/db/mutations/watchlist";
import { diaryEntries, filmListItems, filmLists, films, reviewRevisions, reviews, watchlistEntries } from "@/db/schema";
import { createFilm, createUser } from "./factories";

// Dated after this year, so that no chart (nor its global mean) counts the ratings made here.
const UNRELEASED_YEAR = 2097;

/**
 * Ann rated, reviewed (one review edited, so it has an earlier version), logged, watchlisted, listed (a public ranked
 * list and a private one), followed Ben, and liked his review; Carl follows her. Ben has rows of every kind of his own.
 */
export async function stageArchiveMembers() {
  const ann = await createUser({ displayName: "Ann Archive", bio: "=Films, mostly." });
  const [ben, carl] = [await createUser({ displayName: "Ben" }), await createUser()];
  const film = () => createFilm({ year: UNRELEASED_YEAR });
  const made = { rated: await film(), trash: await film(), edited: await film(), watchlisted: await film() };
  const filmIds = Object.values(made).map((row) => row.id);
  const { rated, trash, edited, watchlisted } = made;

  await saveReview({ userId: ann.id, filmId: rated.id, rating: 7 });
  await saveReview({ userId: ann.id, filmId: trash.id, rating: 0, body: "Awful.\r\nTruly.", hasSpoilers: false });
  await saveReview({ userId: ann.id, filmId: edited.id, rating: 6, body: "First take.", hasSpoilers: false });
  await saveReview({ userId: ann.id, filmId: edited.id, rating: 8, body: "Second take.", hasSpoilers: true });
  // Viewings rated otherwise than the film is now, twice in a day, and trash: as a diary comes to be.
  await getDb()
    .insert(diaryEntries)
    .values([
      { userId: ann.id, filmId: rated.id, watchedOn: "2026-03-01", rating: 5 },
      { userId: ann.id, filmId: rated.id, watchedOn: "2026-03-01", rewatch: true },
      { userId: ann.id, filmId: edited.id, watchedOn: "2026-04-02", rating: 0 },
    ]);
  await addToWatchlist({ userId: ann.id, filmId: watchlisted.id });
  await getDb()
    .insert(watchlistEntries)
    .values({ userId: ann.id, filmId: trash.id, addedAt: new Date("2025-06-07T00:00:00Z") });
  const best = await createFilmList({
    userId: ann.id,
    fields: { title: "Best of Ann", description: "=Best first.", ranked: true, isPublic: true },
  });
  await addFilmToList({ userId: ann.id, filmId: edited.id, note: 'Top, "quoted".', list: { id: best.id } });
  await addFilmToList({ userId: ann.id, filmId: rated.id, note: null, list: { id: best.id } });
  const secret = await createFilmList({
    userId: ann.id,
    fields: { title: "Secret Picks", description: null, ranked: false, isPublic: false },
  });
  await addFilmToList({ userId: ann.id, filmId: trash.id, note: "Guilty.", list: { id: secret.id } });

  const benReview = await saveReview({ userId: ben.id, filmId: rated.id, rating: 9, body: "Ben's own words." });
  const benReviewId = benReview.ok ? benReview.reviewId : 0;
  await likeReview({ userId: ann.id, reviewId: benReviewId });
  await followMember({ followerId: ann.id, followeeId: ben.id });
  await followMember({ followerId: carl.id, followeeId: ann.id });
  // What others do among themselves stays out of Ann's archive.
  await likeReview({ userId: carl.id, reviewId: benReviewId });
  await followMember({ followerId: ben.id, followeeId: carl.id });
  await addToWatchlist({ userId: ben.id, filmId: edited.id });
  await getDb().insert(diaryEntries).values({ userId: ben.id, filmId: trash.id, watchedOn: "2026-05-05", rating: 2 });
  const benList = await createFilmList({
    userId: ben.id,
    fields: { title: "Ben's Own List", description: null, ranked: false, isPublic: false },
  });
  await addFilmToList({ userId: ben.id, filmId: trash.id, note: "Ben's note.", list: { id: benList.id } });

  return { ann, ben, carl, films: made, filmIds, benReviewId };
}

/** Every row the member owns that an import could change, in full (timestamps too, so that a rewrite shows). */
export async function memberRows(userId: number) {
  const db = getDb();
  const ownReviews = await db.select().from(reviews).where(eq(reviews.userId, userId)).orderBy(reviews.id);
  const ownLists = await db.select().from(filmLists).where(eq(filmLists.userId, userId)).orderBy(filmLists.id);
  return {
    reviews: ownReviews,
    revisions: await db
      .select()
      .from(reviewRevisions)
      .where(
        inArray(
          reviewRevisions.reviewId,
          ownReviews.map((row) => row.id),
        ),
      )
      .orderBy(reviewRevisions.id),
    diary: await db.select().from(diaryEntries).where(eq(diaryEntries.userId, userId)).orderBy(diaryEntries.id),
    watchlist: await db
      .select()
      .from(watchlistEntries)
      .where(eq(watchlistEntries.userId, userId))
      .orderBy(watchlistEntries.filmId),
    lists: ownLists,
    listItems: await db
      .select()
      .from(filmListItems)
      .where(
        inArray(
          filmListItems.listId,
          ownLists.map((row) => row.id),
        ),
      )
      .orderBy(filmListItems.listId, filmListItems.filmId),
  };
}

/** Deletes the films staged, with every row about them. */
export async function dropStagedFilms(filmIds: number[]) {
  await getDb().delete(films).where(inArray(films.id, filmIds));
}
