import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { importLetterboxdAction } from "@/app/[locale]/settings/actions";
import { getDb } from "@/db/client";
import { IMPORT_BATCH_ROWS, importLetterboxdRatings } from "@/db/mutations/letterboxd-import";
import { saveReview } from "@/db/mutations/reviews";
import { addToWatchlist } from "@/db/mutations/watchlist";
import { readAccountArchive } from "@/db/queries/account-archive";
import { listAllReviewsOfUser } from "@/db/queries/reviews";
import { findAccountById } from "@/db/queries/users";
import { externalIds, films, reviewRevisions, reviews, slugRedirects, watchlistEntries } from "@/db/schema";
import { accountArchiveFiles } from "@/lib/account-archive";
import { toCsv } from "@/lib/csv";
import { letterboxdExportCsv, MAX_IMPORT_ROWS } from "@/lib/letterboxd";
import { siteUrl } from "@/lib/site";
import { rateLimits } from "@/lib/rate-limits";
import { REVIEW_MAX_LENGTH } from "@/lib/validation/review-limits";
import { filmSlug } from "@/lib/slugs";
import { signedInAs } from "../support/action-stubs";
import { memberRows, stageArchiveMembers } from "../support/archive-fixtures";
import { createFilm, createUser } from "../support/factories";
import { awayFromWindowEnd } from "../support/rate-limit-window";

// The action runs for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));

// Films made here are dated after this year, so that no chart (nor its global mean) counts the ratings imported.
const UNRELEASED_YEAR = 2098;
const filmsMade: number[] = [];

afterAll(async () => {
  await getDb().delete(films).where(inArray(films.id, filmsMade));
});

async function createUnreleasedFilm(fields: Parameters<typeof createFilm>[0] = {}) {
  const film = await createFilm({ year: UNRELEASED_YEAR, ...fields });
  filmsMade.push(film.id);
  return film;
}

/** A title no other test nor the seed uses, spelt with accents. */
function accentedTitle(words: string) {
  return `${words} Qxé${process.pid}`;
}

async function ratingOf(userId: number, slug: string) {
  const [row] = await getDb()
    .select({ rating: reviews.rating, body: reviews.body })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.userId, userId), eq(films.slug, slug)));
  return row;
}

async function reviewOf(userId: number, filmId: number) {
  const [row] = await getDb()
    .select({ rating: reviews.rating, body: reviews.body, hasSpoilers: reviews.hasSpoilers })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.filmId, filmId)));
  return row;
}

type ExportRow = { name: string; year: number; stars: number | ""; review?: string; tags?: string; uri?: string };

/** A file as Letterboxd exports it: reviews.csv's columns, which say nothing of spoilers. */
function letterboxdExport(rows: ExportRow[]) {
  return toCsv(
    ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Review", "Tags", "Watched Date"],
    rows.map(({ name, year, stars, review, tags, uri }) => [
      "2025-01-02",
      name,
      year,
      uri ?? "https://boxd.it/x",
      stars,
      "",
      review,
      tags,
      "2025-01-02",
    ]),
  );
}

/** Letterboxd's ratings.csv: no review column at all. */
function letterboxdRatings(rows: Omit<ExportRow, "review" | "tags">[]) {
  return toCsv(
    ["Date", "Name", "Year", "Letterboxd URI", "Rating"],
    rows.map(({ name, year, stars, uri }) => ["2025-01-02", name, year, uri ?? "https://boxd.it/x", stars]),
  );
}

/** Posts the file to the settings page's import action as the member, signed in with their account as it is stored. */
async function importAs(userId: number, csv: string, fileName = "reviews.csv") {
  signedInAs(await findAccountById(userId));
  const form = new FormData();
  form.set("file", new File([csv], fileName, { type: "text/csv" }));
  return importLetterboxdAction(NOT_POSTED, form);
}

describe("importing Letterboxd ratings", () => {
  it("matches films by title, original or other title and year, and reports the rest", async () => {
    const user = await createUser();
    const report = await importLetterboxdRatings(user.id, [
      { line: 2, name: "escape", year: 2024, rating: 8, review: "Brisk." },
      { line: 3, name: "탈주", year: 2024, rating: 9, review: null },
      { line: 4, name: "Le Fabuleux Destin d'Amélie Poulain", year: 2001, rating: 10, review: null },
      { line: 5, name: "Escape", year: 1999, rating: 4, review: null },
      { line: 6, name: "A Film Nobody Made", year: 2010, rating: 6, review: null },
    ]);
    // Two rows name Escape (2024): the later one is an edit of the same review.
    expect(report).toMatchObject({ added: 2, updated: 1, unchanged: 0 });
    expect(report.notFound).toEqual([
      { line: 5, name: "Escape", year: 1999 },
      { line: 6, name: "A Film Nobody Made", year: 2010 },
    ]);
    expect(await ratingOf(user.id, "escape-2024")).toEqual({ rating: 9, body: null });
    expect(await ratingOf(user.id, "amelie-2001")).toEqual({ rating: 10, body: null });
  });

  it(`saves a long export ${IMPORT_BATCH_ROWS} rows per transaction, each committed on its own`, async () => {
    const user = await createUser();
    const titles = Array.from({ length: 3000 }, (_, index) => `Qxjbatch${process.pid}n${index}`);
    const made = await getDb()
      .insert(films)
      .values(titles.map((title) => ({ title, year: UNRELEASED_YEAR, slug: filmSlug(title, UNRELEASED_YEAR) })))
      .returning({ id: films.id });
    filmsMade.push(...made.map((film) => film.id));

    const report = await importLetterboxdRatings(
      user.id,
      titles.map((name, index) => ({ line: index + 2, name, year: UNRELEASED_YEAR, rating: 6, review: null })),
    );

    expect(report.added).toBe(3000);
    // A row's xmin is the transaction that wrote it: the reviews, grouped by it, are the import's transactions.
    const transactions = await getDb().execute<{ reviews: number }>(sql`
      select count(*)::int as reviews from reviews where user_id = ${user.id} group by xmin::text`);
    expect(transactions.map((transaction) => transaction.reviews)).toEqual(
      Array(titles.length / IMPORT_BATCH_ROWS).fill(IMPORT_BATCH_ROWS),
    );
  }, 90_000); // 3,000 rows through the real save path: seconds alone, more on a machine busy with a build.

  it("ends with the report of what was saved when a later batch fails", async () => {
    const user = await createUser();
    const [saved, failing] = [await createUnreleasedFilm(), await createUnreleasedFilm()];
    const rows = Array.from({ length: IMPORT_BATCH_ROWS }, (_, index) => ({
      line: index + 2,
      name: saved.title,
      year: UNRELEASED_YEAR,
      rating: 7,
      review: null,
    }));
    // Out of range, as the parser never lets through: the database refuses the second batch.
    const failingLine = IMPORT_BATCH_ROWS + 2;
    rows.push({ line: failingLine, name: failing.title, year: UNRELEASED_YEAR, rating: 11, review: null });

    const report = await importLetterboxdRatings(user.id, rows);

    // The same film's rating again and again: added once, then found as it is.
    expect(report).toMatchObject({ added: 1, unchanged: IMPORT_BATCH_ROWS - 1, stoppedAt: { line: failingLine } });
    expect(await ratingOf(user.id, saved.slug)).toEqual({ rating: 7, body: null });
    expect(await ratingOf(user.id, failing.slug)).toBeUndefined();
  });
});

describe("the settings page's Letterboxd import", () => {
  it("holds each review to the review form's rules, and reports the row that breaks one", async () => {
    const user = await createUser();
    const [tooLong, longest] = [await createUnreleasedFilm(), await createUnreleasedFilm()];
    const review = "a".repeat(REVIEW_MAX_LENGTH);
    const year = UNRELEASED_YEAR;

    const outcome = await importAs(
      user.id,
      letterboxdExport([
        { name: tooLong.title, year, stars: 4, review: `${review}!` },
        { name: longest.title, year, stars: 3, review },
      ]),
    );

    expect(outcome).toMatchObject({
      ok: true,
      result: {
        report: {
          added: 1,
          invalid: [
            { line: 2, reason: `"${tooLong.title}": A review can be at most ${REVIEW_MAX_LENGTH} characters.` },
          ],
        },
      },
    });
    expect(await ratingOf(user.id, tooLong.slug)).toBeUndefined();
    expect(await ratingOf(user.id, longest.slug)).toEqual({ rating: 6, body: review });
  });

  it(`refuses a file of more than ${MAX_IMPORT_ROWS} rows whole, saying so on the file`, async () => {
    const user = await createUser();
    const film = await createUnreleasedFilm();
    const row = { name: film.title, year: film.year, stars: 4 };

    const outcome = await importAs(user.id, letterboxdExport(Array(MAX_IMPORT_ROWS + 1).fill(row)));

    expect(outcome).toMatchObject({
      ok: false,
      errors: { file: ["That file has more than 5,000 rows: split it and import each part."] },
    });
    expect(await ratingOf(user.id, film.slug)).toBeUndefined();
  });

  it("refuses a member's imports past the limit, saving nothing", async () => {
    const user = await createUser();
    const film = await createUnreleasedFilm();
    const nothingFound = letterboxdExport([{ name: "A Film Nobody Made", year: 2010, stars: 3 }]);
    await awayFromWindowEnd(rateLimits.letterboxdImportsPerUser);
    for (let attempt = 0; attempt < rateLimits.letterboxdImportsPerUser.max; attempt += 1)
      expect(await importAs(user.id, nothingFound)).toMatchObject({ ok: true, result: { report: { added: 0 } } });

    const outcome = await importAs(user.id, letterboxdExport([{ name: film.title, year: film.year, stars: 4 }]));

    expect(outcome).toMatchObject({ ok: false, errors: { form: [rateLimits.letterboxdImportsPerUser.message] } });
    expect(await ratingOf(user.id, film.slug)).toBeUndefined();
  });
});

describe("what a file does not say stays as it is", () => {
  it("keeps a review's spoiler mark when the file says nothing of spoilers, and clears it when it says No", async () => {
    const user = await createUser();
    const [same, edited, cleared] = [
      await createUnreleasedFilm(),
      await createUnreleasedFilm(),
      await createUnreleasedFilm(),
    ];
    for (const film of [same, edited, cleared])
      await saveReview({ userId: user.id, filmId: film.id, rating: 8, body: "The twist.", hasSpoilers: true });
    const year = UNRELEASED_YEAR;

    const outcome = await importAs(
      user.id,
      letterboxdExport([
        { name: same.title, year, stars: 4, review: "The twist." },
        { name: edited.title, year, stars: 4, review: "The twist, again." },
      ]),
    );
    const saidNo = await importAs(
      user.id,
      ["Name,Year,Rating,Review,Spoilers", `${cleared.title},${year},4,The twist.,No`].join("\n"),
    );

    expect(outcome).toMatchObject({ ok: true, result: { report: { added: 0, updated: 1, unchanged: 1 } } });
    expect(saidNo).toMatchObject({ ok: true, result: { report: { updated: 1 } } });
    expect(await reviewOf(user.id, same.id)).toEqual({ rating: 8, body: "The twist.", hasSpoilers: true });
    expect(await reviewOf(user.id, edited.id)).toEqual({ rating: 8, body: "The twist, again.", hasSpoilers: true });
    expect(await reviewOf(user.id, cleared.id)).toEqual({ rating: 8, body: "The twist.", hasSpoilers: false });
  });

  it("keeps the text of reviews when a ratings.csv, which has no review column, changes their rating", async () => {
    const user = await createUser();
    const film = await createUnreleasedFilm();
    await saveReview({ userId: user.id, filmId: film.id, rating: 8, body: "Long and loved.", hasSpoilers: true });

    const outcome = await importAs(user.id, letterboxdRatings([{ name: film.title, year: film.year, stars: 2.5 }]));

    expect(outcome).toMatchObject({ ok: true, result: { report: { updated: 1 } } });
    expect(await reviewOf(user.id, film.id)).toEqual({ rating: 5, body: "Long and loved.", hasSpoilers: true });
  });

  it("reads an empty rating tagged trash as trash", async () => {
    const user = await createUser();
    const film = await createUnreleasedFilm();

    const outcome = await importAs(
      user.id,
      letterboxdExport([{ name: film.title, year: film.year, stars: "", review: "No.", tags: "trash" }]),
    );

    expect(outcome).toMatchObject({ ok: true, result: { report: { added: 1, invalid: [] } } });
    expect(await reviewOf(user.id, film.id)).toEqual({ rating: 0, body: "No.", hasSpoilers: false });
  });
});

describe("finding the films of a file", () => {
  it("finds a film by its address here, also under a slug it has since been renamed from", async () => {
    const user = await createUser();
    const title = accentedTitle("Twins");
    // Two films of one title and year: only the address tells them apart.
    const [, second, renamed] = [
      await createUnreleasedFilm({ title }),
      await createUnreleasedFilm({ title, slug: `${filmSlug(title, UNRELEASED_YEAR)}-2` }),
      await createUnreleasedFilm({ title: accentedTitle("Renamed") }),
    ];
    await getDb()
      .insert(slugRedirects)
      .values({ oldSlug: `old-${renamed.slug}`, filmId: renamed.id });
    const address = (slug: string) => new URL(`/films/${slug}`, siteUrl()).toString();

    const outcome = await importAs(
      user.id,
      letterboxdExport([
        { name: title, year: UNRELEASED_YEAR, stars: 3, uri: address(second.slug) },
        { name: "Its Title Before", year: 1999, stars: 4, uri: address(`old-${renamed.slug}`) },
      ]),
    );

    expect(outcome).toMatchObject({ ok: true, result: { report: { added: 2, notFound: [] } } });
    expect(await reviewOf(user.id, second.id)).toMatchObject({ rating: 6 });
    expect(await reviewOf(user.id, renamed.id)).toMatchObject({ rating: 8 });
  });

  it("finds a film by the IMDb or TMDB id of Letterboxd's import columns, whatever its title says", async () => {
    const user = await createUser();
    const [byImdb, byTmdb] = [await createUnreleasedFilm(), await createUnreleasedFilm()];
    const imdbId = `tt9${process.pid}1`;
    const tmdbId = `9${process.pid}2`;
    await getDb()
      .insert(externalIds)
      .values([
        { source: "imdb", externalId: imdbId, filmId: byImdb.id },
        { source: "tmdb", externalId: tmdbId, filmId: byTmdb.id },
      ]);

    const outcome = await importAs(
      user.id,
      ["Title,Year,Rating,imdbID,tmdbID", `Other Name,2001,4,${imdbId},`, `Another,2002,3,,${tmdbId}`].join("\n"),
    );

    expect(outcome).toMatchObject({ ok: true, result: { report: { added: 2, notFound: [] } } });
    expect(await reviewOf(user.id, byImdb.id)).toMatchObject({ rating: 8 });
    expect(await reviewOf(user.id, byTmdb.id)).toMatchObject({ rating: 6 });
  });

  it("finds a title with its accents and case ignored, of the year or else a year either side, the year first", async () => {
    const user = await createUser();
    const title = accentedTitle("Amélie");
    // Made first, so that the lower id alone would pick it.
    const yearBefore = await createUnreleasedFilm({ title, year: UNRELEASED_YEAR - 1 });
    const sameYear = await createUnreleasedFilm({ title, year: UNRELEASED_YEAR });
    const other = await createUnreleasedFilm({ title: accentedTitle("Seven Samurai"), year: UNRELEASED_YEAR - 4 });
    const plain = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase();

    const outcome = await importAs(
      user.id,
      letterboxdRatings([
        { name: plain(title), year: UNRELEASED_YEAR, stars: 5 },
        { name: plain(other.title), year: UNRELEASED_YEAR - 3, stars: 4 },
        { name: plain(other.title), year: UNRELEASED_YEAR - 1, stars: 4 },
      ]),
    );

    expect(outcome).toMatchObject({
      ok: true,
      result: {
        report: {
          added: 2,
          notFound: [{ line: 4, name: plain(other.title), year: UNRELEASED_YEAR - 1 }],
        },
      },
    });
    expect(await reviewOf(user.id, sameYear.id)).toMatchObject({ rating: 10 });
    expect(await reviewOf(user.id, yearBefore.id)).toBeUndefined();
    expect(await reviewOf(user.id, other.id)).toMatchObject({ rating: 8 });
  });
});

describe("the report and the round trip", () => {
  it("reports rows added, updated, unchanged and not found apart", async () => {
    const user = await createUser();
    const [added, updated, unchanged] = [
      await createUnreleasedFilm(),
      await createUnreleasedFilm(),
      await createUnreleasedFilm(),
    ];
    await saveReview({ userId: user.id, filmId: updated.id, rating: 4 });
    await saveReview({ userId: user.id, filmId: unchanged.id, rating: 6 });
    const year = UNRELEASED_YEAR;

    const outcome = await importAs(
      user.id,
      letterboxdRatings([
        { name: added.title, year, stars: 1 },
        { name: updated.title, year, stars: 1 },
        { name: unchanged.title, year, stars: 3 },
        { name: "A Film Nobody Made", year: 2010, stars: 3 },
      ]),
    );

    expect(outcome).toMatchObject({
      ok: true,
      result: {
        report: {
          added: 1,
          updated: 1,
          unchanged: 1,
          notFound: [{ line: 5, name: "A Film Nobody Made", year: 2010 }],
          invalid: [],
        },
      },
    });
  });

  it("leaves every review as it was when a member imports their own export", async () => {
    const user = await createUser();
    const title = accentedTitle("Doppelgänger");
    const [first, namesake, trash, spoiled, formula] = [
      await createUnreleasedFilm({ title }),
      await createUnreleasedFilm({ title, slug: `${filmSlug(title, UNRELEASED_YEAR)}-2` }),
      await createUnreleasedFilm(),
      await createUnreleasedFilm(),
      await createUnreleasedFilm({ title: `-${accentedTitle("Minus")}` }),
    ];
    await saveReview({ userId: user.id, filmId: first.id, rating: 1 });
    await saveReview({ userId: user.id, filmId: namesake.id, rating: 10, body: "Better.", hasSpoilers: false });
    await saveReview({ userId: user.id, filmId: trash.id, rating: 0, body: "Awful.\r\nTruly.", hasSpoilers: false });
    await saveReview({ userId: user.id, filmId: spoiled.id, rating: 7, body: "He dies.", hasSpoilers: true });
    await saveReview({ userId: user.id, filmId: formula.id, rating: 3, body: "=1+1, '=2", hasSpoilers: true });
    const before = await everythingOf(user.id);

    const exported = letterboxdExportCsv(await listAllReviewsOfUser(user.id), siteUrl());
    const outcome = await importAs(user.id, exported);

    expect(outcome).toMatchObject({
      ok: true,
      result: { report: { added: 0, updated: 0, unchanged: 5, notFound: [], invalid: [] } },
    });
    expect(await everythingOf(user.id)).toEqual(before);
  });
});

describe("importing Letterboxd's watchlist.csv", () => {
  /** Letterboxd's watchlist.csv: the day each film was added, and the film. */
  function watchlistCsv(rows: [date: string, name: string, year: number, uri?: string][]) {
    return toCsv(
      ["Date", "Name", "Year", "Letterboxd URI"],
      rows.map(([date, name, year, uri]) => [date, name, year, uri ?? "https://boxd.it/x"]),
    );
  }

  async function watchlistOf(userId: number) {
    const rows = await getDb()
      .select({ filmId: watchlistEntries.filmId, addedAt: watchlistEntries.addedAt })
      .from(watchlistEntries)
      .where(eq(watchlistEntries.userId, userId))
      .orderBy(watchlistEntries.filmId);
    return rows.map(({ filmId, addedAt }) => [filmId, addedAt.toISOString()]);
  }

  it("adds each film found to the watchlist on the file's date, reports it, and a second import adds nothing", async () => {
    const user = await createUser();
    const title = accentedTitle("Wätchlist");
    const [byAddress, byTitle, alreadyOn] = [
      await createUnreleasedFilm(),
      await createUnreleasedFilm({ title }),
      await createUnreleasedFilm(),
    ];
    await addToWatchlist({ userId: user.id, filmId: alreadyOn.id });
    const [onItBefore] = await watchlistOf(user.id);
    const plain = title.normalize("NFKD").replace(/\p{M}/gu, "");
    const csv = watchlistCsv([
      ["2024-02-03", "Another Title", 1999, new URL(`/films/${byAddress.slug}`, siteUrl()).toString()],
      // Matched as the other files match: accents folded, a year either side.
      ["2023-01-01", plain, UNRELEASED_YEAR - 1],
      ["2022-05-06", alreadyOn.title, UNRELEASED_YEAR],
      ["2021-01-01", "A Film Nobody Made", 2010],
      ["2021-02-30", byTitle.title, UNRELEASED_YEAR],
    ]);

    const outcome = await importAs(user.id, csv, "watchlist.csv");

    expect(outcome).toMatchObject({
      ok: true,
      result: {
        report: {
          isWatchlist: true,
          watchlisted: 2,
          unchanged: 1,
          added: 0,
          logged: 0,
          notFound: [{ line: 5, name: "A Film Nobody Made", year: 2010 }],
          invalid: [{ line: 6, reason: `no valid date for "${byTitle.title}"` }],
        },
      },
    });
    // Dated as the file says; the film already there keeps the day it was added.
    const entries = await watchlistOf(user.id);
    // In the order the films were made, as watchlistOf reads them.
    expect(entries).toEqual([
      [byAddress.id, "2024-02-03T00:00:00.000Z"],
      [byTitle.id, "2023-01-01T00:00:00.000Z"],
      onItBefore,
    ]);
    expect(await ratingOf(user.id, byAddress.slug)).toBeUndefined();

    const again = await importAs(user.id, csv, "watchlist.csv");
    expect(again).toMatchObject({ ok: true, result: { report: { watchlisted: 0, unchanged: 3 } } });
    expect(await watchlistOf(user.id)).toEqual(entries);
  });

  it("refuses a file of films alone that is not named as a watchlist: Letterboxd's watched.csv has its columns", async () => {
    const user = await createUser();
    const film = await createUnreleasedFilm();

    const outcome = await importAs(user.id, watchlistCsv([["2024-02-03", film.title, film.year]]), "watched.csv");

    expect(outcome).toMatchObject({
      ok: false,
      errors: { file: ["That file has no ratings or viewings. To import your watchlist, choose watchlist.csv."] },
    });
    expect(await watchlistOf(user.id)).toEqual([]);
  });
});

describe("the archive read back", () => {
  it("changes no row when the member imports its ratings, reviews, diary and watchlist into the same account", async () => {
    const { ann, filmIds } = await stageArchiveMembers();
    filmsMade.push(...filmIds);
    const before = await memberRows(ann.id);
    const files = accountArchiveFiles((await readAccountArchive(ann.id))!, siteUrl());

    for (const name of ["ratings.csv", "reviews.csv", "diary.csv", "watchlist.csv"]) {
      const outcome = await importAs(ann.id, files.find((file) => file.name === name)!.text, name);
      expect(outcome, name).toMatchObject({
        ok: true,
        result: { report: { added: 0, updated: 0, logged: 0, watchlisted: 0, notFound: [], invalid: [] } },
      });
    }

    expect(await memberRows(ann.id)).toEqual(before);
  });
});

/** Every column of the member's reviews, and their earlier versions: what an import could change. */
async function everythingOf(userId: number) {
  const rows = await getDb().select().from(reviews).where(eq(reviews.userId, userId)).orderBy(reviews.id);
  const revisions = await getDb()
    .select({ id: reviewRevisions.id })
    .from(reviewRevisions)
    .where(
      inArray(
        reviewRevisions.reviewId,
        rows.map((row) => row.id),
      ),
    );
  return { rows, revisions };
}
