// Folds a duplicate film into the one to keep. The duplicate's audit entry keeps every row it had and what the merge
// did to the kept film (lib/validation/films.ts, filmMergeSchema), for film-merge-revert.ts to undo it.
import { asc, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { FilmMerge, FilmReference } from "@/lib/validation/films";
import type { SavedRows } from "@/lib/validation/saved-rows";
import { getPrimaryDb, type Executor } from "../client";
import {
  diaryEntries,
  externalIds,
  filmRatingStats,
  films,
  filmTitles,
  reviewHolds,
  notifications,
  reviewLikes,
  reviewReports,
  reviewRevisions,
  reviews,
  slugRedirects,
  watchlistEntries,
} from "../schema";
import { readFilmRows } from "../queries/film-rows";
import { readSavedRows } from "../queries/saved-rows";
import { readFilmSnapshot, type FilmSnapshot } from "../queries/film-snapshot";
import { recordAudit } from "./audit";
import { emptyFieldsFilled } from "./merge-details";
import { moveListItems } from "./film-list-merge";
import { readFilmPages, type FilmPages } from "./films";
import { redirectMergedSlug } from "./merged-slug";
import { moveCredits, oneLink } from "./move-credits";

export type MergeRecord = FilmMerge["merge"];
type FilledFields = MergeRecord["filled"]["film"];

/** The kept film's details that a merge fills in from the duplicate's where the kept film has none. */
const FILLABLE_FIELDS = ["originalTitle", "releaseDate", "runtimeMinutes", "poster"] as const;

async function findFilmId(tx: Executor, reference: FilmReference) {
  const [film] = await tx
    .select({ id: films.id })
    .from(films)
    .where("id" in reference ? eq(films.id, reference.id) : eq(films.slug, reference.slug))
    .limit(1);
  return film?.id;
}

function fillEmptyFields(kept: FilmSnapshot, duplicate: FilmSnapshot) {
  return emptyFieldsFilled(FILLABLE_FIELDS, kept, duplicate) as FilledFields;
}

/** The first free position after the kept film's rows of a list, so that the duplicate's follow them. */
const positionAfter = (table: string, keptId: number) =>
  sql`(select coalesce(max(position) + 1, 0) from ${sql.identifier(table)} where film_id = ${keptId})`;

/**
 * Gives the kept film the duplicate's titles, plots, credits, genres, countries, external ids and old slugs, after
 * its own. What the kept film has already (a title of the same kind, a credit of the same person in the same role,
 * a genre, a country) stays with the duplicate and goes with it; a kept credit without a character takes the
 * duplicate's. Returns what was added to the kept film's own rows, for a revert to take back.
 */
async function moveCatalogue(tx: Executor, duplicateId: number, keptId: number) {
  await tx.execute(sql`
    update film_titles moved set film_id = ${keptId}
    where moved.film_id = ${duplicateId} and not exists (
      select 1 from film_titles kept
      where kept.film_id = ${keptId} and kept.title = moved.title and kept.kind = moved.kind)`);
  await tx.execute(sql`
    update plots set film_id = ${keptId}, position = position + ${positionAfter("plots", keptId)}
    where film_id = ${duplicateId}`);
  const { characters } = await moveCredits(tx, { of: "film", links: oneLink(duplicateId, keptId) });
  const genres = await tx.execute<{ genre_id: number }>(sql`
    insert into film_genres (film_id, genre_id)
    select ${keptId}, genre_id from film_genres where film_id = ${duplicateId}
    on conflict do nothing returning genre_id`);
  const countries = await tx.execute<{ country_code: string }>(sql`
    insert into film_countries (film_id, country_code, position)
    select ${keptId}, country_code, position + ${positionAfter("film_countries", keptId)}
    from film_countries where film_id = ${duplicateId}
    on conflict do nothing returning country_code`);
  // External ids are unique per source among all films, so the two cannot share one: all of them move.
  await tx.update(externalIds).set({ filmId: keptId }).where(eq(externalIds.filmId, duplicateId));
  await tx.update(slugRedirects).set({ filmId: keptId }).where(eq(slugRedirects.filmId, duplicateId));
  return {
    characters,
    genres: genres.map((row) => row.genre_id),
    countries: countries.map((row) => row.country_code),
  };
}

/** The duplicate's title and original title, as other titles of the kept film where it goes by neither yet. */
async function addDuplicateNames(tx: Executor, keptId: number, duplicate: FilmSnapshot) {
  const kept = (await readFilmSnapshot(tx, keptId))!.snapshot;
  const knownNames = new Set([kept.title, kept.originalTitle, ...kept.titles.map((title) => title.title)]);
  const names = [
    { title: duplicate.title, kind: "alternate" as const },
    ...(duplicate.originalTitle ? [{ title: duplicate.originalTitle, kind: "original" as const }] : []),
  ].filter(
    ({ title }, index, all) => !knownNames.has(title) && all.findIndex((name) => name.title === title) === index,
  );
  if (names.length === 0) return [];
  const added = await tx
    .insert(filmTitles)
    .values(names.map((name) => ({ ...name, filmId: keptId })))
    .returning({ id: filmTitles.id });
  return added.map((row) => row.id);
}

type ReviewPair = { older_id: number; newer_id: number; is_older_visible: boolean };

/** A member's two reviews, one of each film, the newer first (ties go to the kept film's). */
async function findReviewPairs(tx: Executor, duplicateId: number, keptId: number) {
  // Locked, so that an edit by either member cannot slip in between choosing the newer review and folding the older.
  return [
    ...(await tx.execute<ReviewPair>(sql`
      with pair as (
        select kept.id as kept_id, duplicate.id as duplicate_id, kept.status as kept_status,
          duplicate.status as duplicate_status,
          coalesce(duplicate.edited_at, duplicate.created_at) > coalesce(kept.edited_at, kept.created_at)
            as is_duplicate_newer
        from reviews kept join reviews duplicate on duplicate.user_id = kept.user_id
        where kept.film_id = ${keptId} and duplicate.film_id = ${duplicateId}
        for update
      )
      select
        case when is_duplicate_newer then kept_id else duplicate_id end as older_id,
        case when is_duplicate_newer then duplicate_id else kept_id end as newer_id,
        (case when is_duplicate_newer then kept_status else duplicate_status end) = 'visible' as is_older_visible
      from pair`)),
  ];
}

/**
 * Folds each member's older review into their newer one, which stays: the one that says what they think now, and
 * counts in the average. The older one's text becomes the newer one's latest earlier version, its own versions and
 * its reports follow, and it is deleted; so nothing the member wrote is lost. A hidden older review stays out of
 * sight: its text and versions are kept only in the audit log, not shown as versions of a visible review.
 */
async function foldOlderReviews(tx: Executor, pairs: ReviewPair[]) {
  const olderIds = pairs.map((pair) => pair.older_id);
  const replaced: SavedRows = {
    [getTableName(reviews)]: await readSavedRows(tx, reviews, inArray(reviews.id, olderIds)),
    [getTableName(reviewRevisions)]: await readSavedRows(
      tx,
      reviewRevisions,
      inArray(reviewRevisions.reviewId, olderIds),
    ),
    [getTableName(reviewReports)]: await readSavedRows(tx, reviewReports, inArray(reviewReports.reviewId, olderIds)),
    // Likes stay with the text they were given for, which becomes an earlier version: they go with the older review
    // and come back with it on a revert.
    [getTableName(reviewLikes)]: await readSavedRows(tx, reviewLikes, inArray(reviewLikes.reviewId, olderIds)),
    [getTableName(notifications)]: await readSavedRows(tx, notifications, inArray(notifications.reviewId, olderIds)),
  };
  const shown = sql`jsonb_to_recordset(${JSON.stringify(pairs.filter((pair) => pair.is_older_visible))}::jsonb)
    as pair(older_id integer, newer_id integer)`;
  const revisions = await tx.execute<{ id: number }>(sql`
    insert into review_revisions (review_id, rating, body, has_spoilers, written_at)
    select pair.newer_id, older.rating, older.body, older.has_spoilers, coalesce(older.edited_at, older.created_at)
    from ${shown} join reviews older on older.id = pair.older_id
    returning id`);
  await tx.execute(sql`
    update review_revisions set review_id = pair.newer_id
    from ${shown}
    where review_revisions.review_id = pair.older_id`);
  // One report per member per review: a member who reported both keeps their report of the newer one.
  await tx.execute(sql`
    update review_reports moved set review_id = pair.newer_id
    from ${shown}
    where moved.review_id = pair.older_id and not exists (
      select 1 from review_reports kept
      where kept.review_id = pair.newer_id and kept.reporter_id = moved.reporter_id)`);
  // A review's page lists the earlier versions of an edited review only.
  const edited = await tx.execute<{ id: number }>(sql`
    update reviews set edited_at = created_at
    where id in (select newer_id from ${shown}) and edited_at is null
    returning id`);
  await tx.delete(reviews).where(inArray(reviews.id, olderIds));
  return { replaced, revisions: revisions.map((row) => row.id), editedReviews: edited.map((row) => row.id) };
}

/** Gives the kept film the duplicate's reviews and review holds, a member's two reviews folded into one. */
async function moveReviews(tx: Executor, duplicateId: number, keptId: number) {
  const folded = await foldOlderReviews(tx, await findReviewPairs(tx, duplicateId, keptId));
  const moved = await tx
    .update(reviews)
    .set({ filmId: keptId })
    .where(eq(reviews.filmId, duplicateId))
    .returning({ id: reviews.id });
  return {
    ...folded,
    movedReviews: moved.map((row) => row.id),
    movedHoldsOf: await moveMemberRows(tx, reviewHolds, duplicateId, keptId),
  };
}

/** The tables that hold one row per member per film, which a merge moves to the kept film. */
export type MemberRowsTable = typeof reviewHolds | typeof watchlistEntries;

/**
 * Gives the kept film the duplicate's rows of a table with one row per member per film (review holds, watchlist
 * entries): where the member has a row for both films, the kept film's stands and the duplicate's goes with it.
 * Returns the members whose row moved.
 */
async function moveMemberRows(tx: Executor, table: MemberRowsTable, duplicateId: number, keptId: number) {
  const moved = await tx.execute<{ user_id: number }>(sql`
    update ${table} moved set film_id = ${keptId}
    where moved.film_id = ${duplicateId} and not exists (
      select 1 from ${table} kept where kept.film_id = ${keptId} and kept.user_id = moved.user_id)
    returning moved.user_id`);
  return moved.map((row) => row.user_id);
}

/** Gives the kept film every diary entry of the duplicate: a member may log a film any number of times. */
async function moveDiaryEntries(tx: Executor, duplicateId: number, keptId: number) {
  const moved = await tx
    .update(diaryEntries)
    .set({ filmId: keptId })
    .where(eq(diaryEntries.filmId, duplicateId))
    .returning({ id: diaryEntries.id });
  return moved.map((row) => row.id);
}

export type MergeFilmsResult =
  | { ok: true; keptId: number; duplicate: FilmPages; kept: FilmPages }
  | { ok: false; reason: "same-film" | "duplicate-not-found" | "kept-not-found" };

/**
 * Folds a duplicate into the film to keep: titles, plots, credits, genres, countries, external ids, old slugs,
 * reviews and watchlist entries move over (moveCatalogue, moveReviews), the kept film's empty details and poster are filled from the
 * duplicate's, the duplicate's title becomes another title of the kept film, and the duplicate is deleted, its slug
 * redirecting to the kept film. Rating stats follow the moved reviews by their trigger.
 */
export async function mergeFilms({
  actorId,
  duplicateId,
  keep,
}: {
  actorId: number;
  duplicateId: number;
  keep: FilmReference;
}): Promise<MergeFilmsResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const keptId = await findFilmId(tx, keep);
    if (!keptId) return { ok: false, reason: "kept-not-found" } as const;
    if (keptId === duplicateId) return { ok: false, reason: "same-film" } as const;
    // Both locked in id order, so two merges of the same pair wait for each other instead of deadlocking. The locks
    // also hold off new reviews of either film, whose foreign key check must share-lock it.
    await tx
      .select({ id: films.id })
      .from(films)
      .where(inArray(films.id, [duplicateId, keptId]))
      .orderBy(asc(films.id))
      .for("update");
    const [duplicate, kept] = [await readFilmSnapshot(tx, duplicateId), await readFilmSnapshot(tx, keptId)];
    if (!duplicate) return { ok: false, reason: "duplicate-not-found" } as const;
    if (!kept) return { ok: false, reason: "kept-not-found" } as const;
    const duplicatePages = await readFilmPages(tx, duplicateId);
    const rows = await readFilmRows(tx, duplicateId);
    const [keptStats] = await readSavedRows(tx, filmRatingStats, eq(filmRatingStats.filmId, keptId));

    const catalogue = await moveCatalogue(tx, duplicateId, keptId);
    const moved = await moveReviews(tx, duplicateId, keptId);
    const movedWatchlistOf = await moveMemberRows(tx, watchlistEntries, duplicateId, keptId);
    const movedDiaryEntries = await moveDiaryEntries(tx, duplicateId, keptId);
    const listItems = await moveListItems(tx, duplicateId, keptId);
    await tx.delete(films).where(eq(films.id, duplicateId));
    const redirect = await redirectMergedSlug(tx, duplicate.snapshot.slug, { filmId: keptId });
    const filled = fillEmptyFields(kept.snapshot, duplicate.snapshot);
    await tx
      .update(films)
      .set({ ...filled, updatedAt: sql`clock_timestamp()` })
      .where(eq(films.id, keptId));
    const addedTitles = await addDuplicateNames(tx, keptId, duplicate.snapshot);

    const after = (await readFilmSnapshot(tx, keptId))!;
    const merge: MergeRecord = {
      keptVersions: { before: kept.version, after: after.version },
      keptStats: keptStats ?? null,
      movedReviews: moved.movedReviews,
      movedHoldsOf: moved.movedHoldsOf,
      movedWatchlistOf,
      movedDiaryEntries,
      listItems,
      added: {
        titles: addedTitles,
        revisions: moved.revisions,
        redirects: [redirect.addedId],
        genres: catalogue.genres,
        countries: catalogue.countries,
      },
      replaced: { ...moved.replaced, [getTableName(slugRedirects)]: redirect.replaced },
      filled: { film: filled, characters: catalogue.characters, editedReviews: moved.editedReviews },
    };
    await recordAudit(tx, {
      actorId,
      entityType: "film",
      entityId: duplicateId,
      action: "merge",
      before: { ...duplicate.snapshot, rows },
      after: { mergedInto: keptId, merge } satisfies FilmMerge,
    });
    await recordAudit(tx, {
      actorId,
      entityType: "film",
      entityId: keptId,
      action: "merge",
      before: kept.snapshot,
      after: { ...after.snapshot, mergedFrom: duplicateId },
    });
    return { ok: true, keptId, duplicate: duplicatePages, kept: await readFilmPages(tx, keptId) } as const;
  });
}
