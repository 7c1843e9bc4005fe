// MovieLens ratings as bare ratings (no text) by generated members, one per MovieLens user. Nobody can sign in as
// them: they have no password and an address on .invalid, a top-level domain reserved never to resolve.
// film_rating_stats follows through the trigger on reviews, row by row, inside each batch's transaction.
import { inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../../client";
import { reviews, users } from "../../../schema";
import { inBatches } from "../../batches";
import { bulkInsert } from "../../bulk-insert";
import type { CatalogueRef } from "../../entity-index";
import { readAsPhase, readCsvRows, rowOrigin, type InputFile } from "../../read-files";
import type { ImportContext, ReadContext } from "../../records";
import { checkRow } from "../../validation";

const RATING_BATCH_SIZE = 5000;

const ratingSchema = z.object({
  userId: z.coerce.number().int("userId is not a whole number").positive("userId is not positive"),
  movieId: z.string().regex(/^\d+$/, "movieId is not a number"),
  // MovieLens rates 0.5–5 stars in halves; Marquee's 1–10 are those half stars, so stars × 2 is exact.
  rating: z.coerce
    .number()
    .refine((stars) => Number.isInteger(stars * 2) && stars >= 0.5 && stars <= 5, "rating is not 0.5–5 in half stars")
    .transform((stars) => stars * 2),
  timestamp: z.coerce
    .number()
    .int("timestamp is not a whole number")
    .refine((seconds) => seconds > 0 && seconds * 1000 <= Date.now(), "timestamp is not a past date")
    .transform((seconds) => new Date(seconds * 1000)),
});

/** A checked row of ratings.csv: `rating` on Marquee's 1–10 scale, `timestamp` a Date, `origin` where the row is. */
export type MovieLensRating = z.infer<typeof ratingSchema> & { origin: string };

type Rating = MovieLensRating & { filmId: number };

const movieLensUsername = (userId: number) => `movielens_${userId}`;

/**
 * The member of each MovieLens user, created on first sight. A username already taken by someone who signed up
 * (they have a password) is never borrowed: that user's ratings are skipped instead.
 */
async function membersFor(
  tx: Executor,
  context: ImportContext,
  userIds: number[],
  memberOf: Map<number, number | null>,
) {
  const unknown = [...new Set(userIds)].filter((userId) => !memberOf.has(userId));
  if (unknown.length === 0) return;
  const created = await bulkInsert<typeof users, { username: string }>(
    tx,
    users,
    unknown.map((userId) => ({
      username: movieLensUsername(userId),
      email: `${movieLensUsername(userId)}@movielens.invalid`,
      displayName: `MovieLens user ${userId}`,
      passwordHash: null,
    })),
    { onConflict: sql`on conflict do nothing`, returning: { username: users.username } },
  );
  const createdNames = new Set(created.map((row) => row.username));
  const stored = await tx
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash })
    .from(users)
    .where(inArray(users.username, unknown.map(movieLensUsername)));
  const storedByName = new Map(stored.map((row) => [row.username, row]));
  for (const userId of unknown) {
    const member = storedByName.get(movieLensUsername(userId));
    const isGenerated = member !== undefined && member.passwordHash === null;
    memberOf.set(userId, isGenerated ? member.id : null);
    if (!isGenerated)
      context.summary.skip("members", "username or email taken by an account that signs in", movieLensUsername(userId));
    else context.summary.count("members", createdNames.has(member.username) ? "imported" : "matched");
  }
}

/** Inserts new ratings and corrects changed ones; a rating already stored as it is stays untouched. */
async function upsertRatings(tx: Executor, context: ImportContext, batch: Rating[]) {
  // One statement cannot upsert a row twice; a file not sorted by user can repeat a pair within a batch.
  const byPair = new Map<string, Rating>();
  for (const rating of batch) {
    const pair = `${rating.filmId}:${rating.userId}`;
    if (byPair.has(pair))
      context.summary.skip("ratings", "a second rating of the same film by the same user", rating.origin);
    else byPair.set(pair, rating);
  }
  const ratings = [...byPair.values()];
  const written = await bulkInsert<typeof reviews, { isInsert: boolean }>(
    tx,
    reviews,
    ratings.map(({ filmId, userId, rating, timestamp }) => ({
      filmId,
      userId,
      rating,
      body: null,
      createdAt: timestamp,
      updatedAt: timestamp,
    })),
    {
      onConflict: sql`on conflict (film_id, user_id) do update
        set rating = excluded.rating, updated_at = excluded.updated_at
        where reviews.rating <> excluded.rating`,
      // xmax is 0 on a freshly inserted row version, and set on one an upsert updated.
      returning: { isInsert: sql`(xmax = 0)` },
    },
  );
  const inserted = written.filter((row) => row.isInsert).length;
  context.summary.count("ratings", "imported", inserted);
  context.summary.count("ratings", "updated", written.length - inserted);
  context.summary.count("ratings", "unchanged", ratings.length - written.length);
}

/** The ratings of ratings.csv, read and checked, without touching the database. */
export async function* movieLensRatings(context: ReadContext, file: InputFile): AsyncGenerator<MovieLensRating> {
  for await (const { row, fields } of readAsPhase(context.progress, file.name, file, readCsvRows)) {
    const origin = rowOrigin(file, row);
    const check = checkRow(ratingSchema, fields);
    if (check.ok) yield { ...check.value, origin };
    else context.summary.skip("ratings", check.reason, origin);
  }
}

export async function importRatings(context: ImportContext, file: InputFile, filmByMovieId: Map<string, CatalogueRef>) {
  const { db, summary } = context;
  const memberOf = new Map<number, number | null>();
  // ratings.csv is sorted by user: one user's films are tracked to drop a second rating of one film (two
  // MovieLens ids the import merged into one film, or a repeated row); a member rates a film once.
  let currentUser = 0;
  let filmsOfCurrentUser = new Set<number>();

  async function* validRatings(): AsyncGenerator<Rating> {
    for await (const rating of movieLensRatings(context, file)) {
      const film = filmByMovieId.get(rating.movieId);
      if (!film) {
        summary.skip(
          "ratings",
          "film not imported (not in movies.csv, or skipped)",
          `${rating.origin}: movieId ${rating.movieId}`,
        );
        continue;
      }
      if (rating.userId !== currentUser) {
        currentUser = rating.userId;
        filmsOfCurrentUser = new Set();
      }
      if (filmsOfCurrentUser.has(film.id)) {
        summary.skip("ratings", "a second rating of the same film by the same user", rating.origin);
        continue;
      }
      filmsOfCurrentUser.add(film.id);
      yield { ...rating, filmId: film.id };
    }
  }

  for await (const batch of inBatches(validRatings(), RATING_BATCH_SIZE)) {
    await db.transaction(async (tx) => {
      await membersFor(
        tx,
        context,
        batch.map((rating) => rating.userId),
        memberOf,
      );
      const rateable = batch.flatMap((rating) => {
        const memberId = memberOf.get(rating.userId);
        if (memberId) return [{ ...rating, userId: memberId }];
        summary.skip("ratings", "its user's member could not be created (see members)", rating.origin);
        return [];
      });
      await upsertRatings(tx, context, rateable);
    });
  }
}
