// Every row that hangs on a film, table by table: what the audit log keeps of a deleted or merged film.
import { eq, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { SavedRows } from "@/lib/validation/saved-rows";
import type { Executor } from "../client";
import {
  credits,
  diaryEntries,
  externalIds,
  filmCountries,
  filmGenres,
  filmListItems,
  filmRatingStats,
  films,
  filmTitles,
  notifications,
  plots,
  reviewHolds,
  reviewLikes,
  reviewReports,
  reviewRevisions,
  reviews,
  slugRedirects,
  watchlistEntries,
} from "../schema";
import { readSavedRowsOf } from "./saved-rows";

const reviewIdsOf = (filmId: number) => sql`select ${reviews.id} from ${reviews} where ${reviews.filmId} = ${filmId}`;

/**
 * The tables that hold a film's rows and which rows are the film's, parents first: the order a restore inserts them.
 * Every table whose foreign key leads to the film is here, so that a deleted film comes back whole.
 */
export const FILM_ROW_TABLES: { table: PgTable; ofFilm: (filmId: number) => SQL | undefined }[] = [
  { table: films, ofFilm: (filmId) => eq(films.id, filmId) },
  { table: filmTitles, ofFilm: (filmId) => eq(filmTitles.filmId, filmId) },
  { table: plots, ofFilm: (filmId) => eq(plots.filmId, filmId) },
  { table: filmGenres, ofFilm: (filmId) => eq(filmGenres.filmId, filmId) },
  { table: filmCountries, ofFilm: (filmId) => eq(filmCountries.filmId, filmId) },
  { table: credits, ofFilm: (filmId) => eq(credits.filmId, filmId) },
  { table: externalIds, ofFilm: (filmId) => eq(externalIds.filmId, filmId) },
  { table: slugRedirects, ofFilm: (filmId) => eq(slugRedirects.filmId, filmId) },
  { table: reviews, ofFilm: (filmId) => eq(reviews.filmId, filmId) },
  { table: reviewRevisions, ofFilm: (filmId) => sql`${reviewRevisions.reviewId} in (${reviewIdsOf(filmId)})` },
  { table: reviewReports, ofFilm: (filmId) => sql`${reviewReports.reviewId} in (${reviewIdsOf(filmId)})` },
  { table: reviewLikes, ofFilm: (filmId) => sql`${reviewLikes.reviewId} in (${reviewIdsOf(filmId)})` },
  { table: notifications, ofFilm: (filmId) => sql`${notifications.reviewId} in (${reviewIdsOf(filmId)})` },
  { table: reviewHolds, ofFilm: (filmId) => eq(reviewHolds.filmId, filmId) },
  { table: watchlistEntries, ofFilm: (filmId) => eq(watchlistEntries.filmId, filmId) },
  { table: diaryEntries, ofFilm: (filmId) => eq(diaryEntries.filmId, filmId) },
  { table: filmListItems, ofFilm: (filmId) => eq(filmListItems.filmId, filmId) },
  { table: filmRatingStats, ofFilm: (filmId) => eq(filmRatingStats.filmId, filmId) },
];

/** Every row of the film, by table name, in one round trip. */
export function readFilmRows(tx: Executor, filmId: number): Promise<SavedRows> {
  return readSavedRowsOf(
    tx,
    FILM_ROW_TABLES.map(({ table, ofFilm }) => ({ table, where: ofFilm(filmId) })),
  );
}
