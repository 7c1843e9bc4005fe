import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { importLetterboxdAction } from "@/app/settings/actions";
import { getDb } from "@/db/client";
import { IMPORT_BATCH_ROWS, importLetterboxdRatings } from "@/db/mutations/letterboxd-import";
import { films, reviews } from "@/db/schema";
import { toCsv } from "@/lib/csv";
import { LETTERBOXD_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/letterboxd";
import { rateLimits } from "@/lib/rate-limits";
import { REVIEW_MAX_LENGTH } from "@/lib/validation/review-limits";
import { filmSlug } from "@/lib/slugs";
import { createFilm, createUser } from "../support/factories";

const signedIn = vi.hoisted(() => ({ userId: undefined as number | undefined }));
// Only where the member comes from is stubbed: the action reads their account from the database as it would.
vi.mock("@/auth", async () => {
  const { findAccountById } = await import("@/db/queries/users");
  return {
    findSignedInUser: async () => (signedIn.userId ? findAccountById(signedIn.userId) : undefined),
    findSignedInAdmin: async () => undefined,
    signIn: vi.fn(),
    signOut: vi.fn(),
  };
});
vi.mock("next/cache", () => ({ updateTag: vi.fn(), refresh: vi.fn() }));
// Posted by the page's script, as in the browser, so the action answers with its state rather than a redirect.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "next-action": "letterboxd-import-test" }) }));

// Films made here are dated after this year, so that no chart (nor its global mean) counts the ratings imported.
const UNRELEASED_YEAR = 2098;
const filmsMade: number[] = [];

afterAll(async () => {
  await getDb().delete(films).where(inArray(films.id, filmsMade));
});

async function createUnreleasedFilm() {
  const film = await createFilm({ year: UNRELEASED_YEAR });
  filmsMade.push(film.id);
  return film;
}

async function ratingOf(userId: number, slug: string) {
  const [row] = await getDb()
    .select({ rating: reviews.rating, body: reviews.body })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.userId, userId), eq(films.slug, slug)));
  return row;
}

type ExportRow = { name: string; year: number; stars: number; review?: string };

/** A file as Letterboxd exports it, in reviews.csv's columns (those after Review left out). */
function letterboxdExport(rows: ExportRow[]) {
  return toCsv(
    LETTERBOXD_COLUMNS,
    rows.map(({ name, year, stars, review }) => ["2025-01-02", name, year, "", stars, "", review]),
  );
}

/** Posts the file to the settings page's import action as the member. */
function importAs(userId: number, csv: string) {
  signedIn.userId = userId;
  const form = new FormData();
  form.set("file", new File([csv], "reviews.csv", { type: "text/csv" }));
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
    expect(report.imported).toBe(3);
    expect(report.unmatched).toEqual([
      { line: 5, name: "Escape", year: 1999 },
      { line: 6, name: "A Film Nobody Made", year: 2010 },
    ]);
    // Two rows named Escape (2024): the later one is an edit of the same review.
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

    expect(report.imported).toBe(3000);
    // A row's xmin is the transaction that wrote it: the reviews, grouped by it, are the import's transactions.
    const transactions = await getDb().execute<{ reviews: number }>(sql`
      select count(*)::int as reviews from reviews where user_id = ${user.id} group by xmin::text`);
    expect(transactions.map((transaction) => transaction.reviews)).toEqual(
      Array(titles.length / IMPORT_BATCH_ROWS).fill(IMPORT_BATCH_ROWS),
    );
  });

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

    expect(report).toMatchObject({ imported: IMPORT_BATCH_ROWS, stoppedAt: { line: failingLine } });
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
          imported: 1,
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
    for (let attempt = 0; attempt < rateLimits.letterboxdImportsPerUser.max; attempt += 1)
      expect(await importAs(user.id, nothingFound)).toMatchObject({ ok: true, result: { report: { imported: 0 } } });

    const outcome = await importAs(user.id, letterboxdExport([{ name: film.title, year: film.year, stars: 4 }]));

    expect(outcome).toMatchObject({ ok: false, errors: { form: [rateLimits.letterboxdImportsPerUser.message] } });
    expect(await ratingOf(user.id, film.slug)).toBeUndefined();
  });
});
