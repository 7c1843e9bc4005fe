// A member's diary: logging viewings from a film's page (with the rating and words saved as the member's one review),
// deleting them, the diary's months and the year in review, and what a film's merge or deletion, and their revert, do
// to it. Who may log or delete is in the authorisation matrix (server-actions.test.ts). On a database of its own:
// "put back exactly" is checked on every table.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { mergeFilms } from "@/db/mutations/film-merge";
import { importLetterboxdRatings } from "@/db/mutations/letterboxd-import";
import { deleteFilm } from "@/db/mutations/films";
import { findDiaryMonths, getYearInReview, listDiary, listDiaryMonth, listOwnViewings } from "@/db/queries/diary";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { countries, credits, diaryEntries, filmCountries, filmGenres, genres, reviews, users } from "@/db/schema";
import { toCsv } from "@/lib/csv";
import { parseLetterboxdCsv } from "@/lib/letterboxd";
import { rateLimits } from "@/lib/rate-limits";
import { isoDay, latestViewingDay } from "@/lib/validation/diary";
import { signedInAs, updateTag } from "../support/action-stubs";
import { createFilm, createPerson, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";
import { auditedFilm, databaseState, revertFilmChange } from "../support/film-audit";
import { awayFromWindowEnd } from "../support/rate-limit-window";

// The actions run for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
const { deleteDiaryEntryAction, logViewingAction } = await import("@/app/[locale]/films/[slug]/diary-actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("diary");
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

function viewingForm(fields: {
  filmId: number;
  watchedOn?: string;
  rewatch?: boolean;
  rating?: number;
  body?: string;
}) {
  const form = new FormData();
  form.set("filmId", String(fields.filmId));
  form.set("watchedOn", fields.watchedOn ?? "");
  if (fields.rewatch) form.set("rewatch", "on");
  if (fields.rating !== undefined) form.set("rating", String(fields.rating));
  form.set("body", fields.body ?? "");
  return form;
}

const log = (fields: Parameters<typeof viewingForm>[0]) => logViewingAction(NOT_POSTED, viewingForm(fields));

function deleteForm(entryId: number) {
  const form = new FormData();
  form.set("entryId", String(entryId));
  return form;
}

async function reviewOf(userId: number, filmId: number) {
  return getDb().query.reviews.findFirst({ where: and(eq(reviews.userId, userId), eq(reviews.filmId, filmId)) });
}

describe("logging a viewing", () => {
  it("logs a film as often as it is watched, and a rated viewing with words saves the one review of the film", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm({ runtimeMinutes: 100 });
    updateTag.mockClear();
    expect(await log({ filmId: film.id, watchedOn: "2026-03-01" })).toMatchObject({ ok: true });
    // An unrated viewing is the diary's alone: the film's page and the member's profile stay as they were.
    expect(updateTag.mock.calls.map(([tag]) => tag)).toEqual([`diary:${member.id}`]);
    expect(await reviewOf(member.id, film.id)).toBeUndefined();

    expect(
      await log({
        filmId: film.id,
        watchedOn: "2026-03-09",
        rewatch: true,
        rating: 9,
        body: "Better the second time.",
      }),
    ).toMatchObject({ ok: true });
    expect(await log({ filmId: film.id, watchedOn: "2026-03-20", rewatch: true, rating: 7 })).toMatchObject({
      ok: true,
    });
    expect(await listDiary(member.id)).toEqual([
      { id: expect.any(Number), filmId: film.id, watchedOn: "2026-03-01", rewatch: false, rating: null },
      { id: expect.any(Number), filmId: film.id, watchedOn: "2026-03-09", rewatch: true, rating: 9 },
      { id: expect.any(Number), filmId: film.id, watchedOn: "2026-03-20", rewatch: true, rating: 7 },
    ]);
    // One review: the latest rating, the words kept from the viewing that gave them, the earlier version kept.
    const review = await reviewOf(member.id, film.id);
    expect(review).toMatchObject({ rating: 7, body: "Better the second time." });
    expect(await getDb().$count(reviews, eq(reviews.userId, member.id))).toBe(1);
    const tags = updateTag.mock.calls.map(([tag]) => tag);
    expect(tags).toEqual(expect.arrayContaining([`diary:${member.id}`, `film:${film.id}`, `user:${member.id}`]));
  });

  it("takes an empty date as today, and the day after as the latest a member east of the server can give", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    expect(await log({ filmId: film.id })).toMatchObject({ ok: true });
    expect(await log({ filmId: film.id, watchedOn: latestViewingDay() })).toMatchObject({ ok: true });
    const days = (await listDiary(member.id)).map((entry) => entry.watchedOn);
    expect(days).toEqual([isoDay(new Date()), latestViewingDay()]);
  });

  it("refuses a day to come, a day before films, a rating off the scale and words without a rating, keeping what was typed", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    const dayAfterTomorrow = isoDay(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));
    const refusals: [Parameters<typeof viewingForm>[0], Record<string, string[]>][] = [
      [{ filmId: film.id, watchedOn: dayAfterTomorrow }, { watchedOn: ["That day has not come yet."] }],
      [{ filmId: film.id, watchedOn: "1869-12-31" }, { watchedOn: [expect.stringMatching(/1870s/)] }],
      [{ filmId: film.id, watchedOn: "2026-02-30" }, { watchedOn: ["Enter the date as YYYY-MM-DD."] }],
      [{ filmId: film.id, rating: 11 }, { rating: ["Choose a rating from the stars."] }],
      [{ filmId: film.id, body: "Words alone." }, { rating: ["Rate the film to save your review with it."] }],
    ];
    for (const [fields, errors] of refusals) {
      const answer = await log({ ...fields, body: fields.body ?? "Kept text." });
      expect(answer, JSON.stringify(fields)).toMatchObject({ ok: false, errors });
      expect(answer.values).toMatchObject({ body: fields.body ?? "Kept text.", watchedOn: fields.watchedOn ?? "" });
    }
    expect(await listDiary(member.id)).toEqual([]);
    expect(await reviewOf(member.id, film.id)).toBeUndefined();
  });

  it("refuses a film that does not exist", async () => {
    const member = signedInAs(await createUser());
    expect(await log({ filmId: 2_000_000_000, rating: 5 })).toMatchObject({
      ok: false,
      errors: { form: ["This film no longer exists."] },
    });
    expect(await listDiary(member.id)).toEqual([]);
  });

  it("refuses a member changing their diary faster than the limit", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    const { max, message } = rateLimits.diaryPerUser;
    await awayFromWindowEnd(rateLimits.diaryPerUser);
    for (let viewing = 0; viewing < max; viewing += 1)
      expect(await log({ filmId: film.id, watchedOn: "2026-01-01" })).toMatchObject({ ok: true });
    expect(await log({ filmId: film.id, watchedOn: "2026-01-01" })).toMatchObject({
      ok: false,
      errors: { form: [message] },
    });
    expect(await listDiary(member.id)).toHaveLength(max);
  });
});

describe("deleting a viewing", () => {
  it("deletes the member's own viewing, the others and the review staying", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    await log({ filmId: film.id, watchedOn: "2026-04-01", rating: 6 });
    await log({ filmId: film.id, watchedOn: "2026-04-02" });
    const [first, second] = await listDiary(member.id);
    expect(await deleteDiaryEntryAction(NOT_POSTED, deleteForm(first!.id))).toMatchObject({ ok: true });
    expect(await listDiary(member.id)).toEqual([second]);
    expect(await reviewOf(member.id, film.id)).toMatchObject({ rating: 6 });
  });

  it("refuses another member's viewing, which stays", async () => {
    const owner = signedInAs(await createUser());
    const film = await createFilm();
    await log({ filmId: film.id, watchedOn: "2026-04-01" });
    const [entry] = await listDiary(owner.id);
    signedInAs(await createUser());
    expect(await deleteDiaryEntryAction(NOT_POSTED, deleteForm(entry!.id))).toMatchObject({
      ok: false,
      errors: { form: ["You can only delete viewings from your own diary."] },
    });
    expect(await listDiary(owner.id)).toEqual([entry]);
  });

  it("goes with the member's account", async () => {
    const member = signedInAs(await createUser());
    await log({ filmId: (await createFilm()).id, watchedOn: "2026-04-01" });
    await getDb().delete(users).where(eq(users.id, member.id));
    expect(await listDiary(member.id)).toEqual([]);
  });
});

describe("the diary's pages", () => {
  it("lists a month the latest day first, and finds the months around it and the years with viewings", async () => {
    const member = await createUser();
    const [a, b] = [await createFilm({ title: "Alpha", year: 1960 }), await createFilm({ title: "Beta", year: 1999 })];
    await getDb()
      .insert(diaryEntries)
      .values([
        { userId: member.id, filmId: a.id, watchedOn: "2025-11-30" },
        { userId: member.id, filmId: a.id, watchedOn: "2026-01-05" },
        { userId: member.id, filmId: b.id, watchedOn: "2026-01-20", rewatch: true, rating: 8 },
        { userId: member.id, filmId: b.id, watchedOn: "2026-03-02" },
      ]);
    const january = await listDiaryMonth(member.id, { year: 2026, month: 1 });
    expect(january.map((entry) => [entry.watchedOn, entry.film.title, entry.rewatch, entry.rating])).toEqual([
      ["2026-01-20", "Beta", true, 8],
      ["2026-01-05", "Alpha", false, null],
    ]);
    expect(await findDiaryMonths(member.id, { year: 2026, month: 1 })).toEqual({
      latest: { year: 2026, month: 3 },
      earlier: { year: 2025, month: 11 },
      later: { year: 2026, month: 3 },
      years: [2026, 2025],
    });
    expect(await findDiaryMonths(member.id)).toMatchObject({ latest: { year: 2026, month: 3 } });
    expect(await listDiaryMonth(member.id, { year: 2026, month: 2 })).toEqual([]);
    const nobody = await createUser();
    expect(await findDiaryMonths(nobody.id)).toEqual({
      latest: undefined,
      earlier: undefined,
      later: undefined,
      years: [],
    });
    expect(await listOwnViewings(member.id, b.id)).toMatchObject([
      { watchedOn: "2026-03-02" },
      { watchedOn: "2026-01-20" },
    ]);
  });

  it("sums a year: films and viewings, hours, decades, genres, countries, directors and the best rated", async () => {
    const member = await createUser();
    const [drama] = await getDb().insert(genres).values({ slug: "drama-diary", name: "Drama (diary)" }).returning();
    await getDb().insert(countries).values({ code: "JP", name: "Japan" }).onConflictDoNothing();
    const director = await createPerson({ name: "Diary Director" });
    const [ikiru, late, short] = [
      await createFilm({ title: "Ikiru", year: 1952, runtimeMinutes: 143 }),
      await createFilm({ title: "Late", year: 1958, runtimeMinutes: 97 }),
      await createFilm({ title: "Short", year: 2001, runtimeMinutes: null }),
    ];
    await getDb()
      .insert(filmGenres)
      .values([ikiru, late].map((film) => ({ filmId: film.id, genreId: drama!.id })));
    await getDb().insert(filmCountries).values({ filmId: ikiru.id, countryCode: "JP" });
    await getDb()
      .insert(credits)
      .values([ikiru, late].map((film) => ({ filmId: film.id, personId: director.id, role: "director" as const })));
    await getDb()
      .insert(diaryEntries)
      .values([
        { userId: member.id, filmId: ikiru.id, watchedOn: "2026-02-01", rating: 8 },
        { userId: member.id, filmId: ikiru.id, watchedOn: "2026-06-01", rewatch: true, rating: 10 },
        { userId: member.id, filmId: late.id, watchedOn: "2026-06-15", rating: 6 },
        { userId: member.id, filmId: short.id, watchedOn: "2026-12-31" },
        // Another year's viewing counts in its own year only.
        { userId: member.id, filmId: late.id, watchedOn: "2025-12-31", rating: 2 },
      ]);
    expect(await getYearInReview(member.id, 2026)).toEqual({
      viewings: 4,
      rewatches: 1,
      films: 3,
      minutes: 143 * 2 + 97,
      byMonth: [
        { month: 2, count: 1 },
        { month: 6, count: 2 },
        { month: 12, count: 1 },
      ],
      byDecade: [
        { label: "1950s", count: 2 },
        { label: "2000s", count: 1 },
      ],
      byGenre: [{ label: "Drama (diary)", count: 2 }],
      byCountry: [{ label: "Japan", count: 1 }],
      directors: [{ label: "Diary Director", count: 2, href: `/people/${director.slug}` }],
      topRated: [
        { id: ikiru.id, slug: ikiru.slug, title: "Ikiru", year: 1952, rating: 10 },
        { id: late.id, slug: late.slug, title: "Late", year: 1958, rating: 6 },
      ],
    });
    expect(await getYearInReview(member.id, 2024)).toMatchObject({ viewings: 0, films: 0, byDecade: [] });
  });
});

describe("importing Letterboxd's diary.csv", () => {
  const SITE = new URL("https://marquee.example");

  /** Letterboxd's diary.csv: a row a viewing, rated or not. */
  function diaryCsv(rows: [name: string, year: number, stars: number | "", rewatch: "Yes" | "", watched: string][]) {
    return toCsv(
      ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"],
      rows.map(([name, year, stars, rewatch, watched]) => [
        "2026-05-01",
        name,
        year,
        "https://boxd.it/x",
        stars,
        rewatch,
        "",
        watched,
      ]),
    );
  }

  async function importCsv(userId: number, csv: string) {
    const parsed = parseLetterboxdCsv(csv, SITE);
    if (!parsed.ok) throw new Error(parsed.error);
    return { invalid: parsed.invalid, report: await importLetterboxdRatings(userId, parsed.rows) };
  }

  it("logs each row as a viewing on its Watched Date, rewatches marked, and a second import adds none", async () => {
    const member = await createUser();
    const [seen, twice] = [await createFilm({ year: 1979 }), await createFilm({ year: 1972 })];
    const csv = diaryCsv([
      [seen.title, 1979, 4, "", "2026-04-01"],
      // Watched twice in a day, the second unrated: both are kept.
      [twice.title, 1972, 3.5, "", "2026-04-02"],
      [twice.title, 1972, "", "Yes", "2026-04-02"],
      [seen.title, 1979, "", "Yes", "2026-04-30"],
      [seen.title, 1979, 5, "", "2026-02-30"],
    ]);
    const first = await importCsv(member.id, csv);
    expect(first.invalid).toEqual([{ line: 6, reason: `no valid watched date for "${seen.title}"` }]);
    expect(first.report).toMatchObject({ logged: 4, added: 2 });
    const diary = await listDiary(member.id);
    expect(diary.map(({ filmId, watchedOn, rewatch, rating }) => [filmId, watchedOn, rewatch, rating])).toEqual([
      [seen.id, "2026-04-01", false, 8],
      [twice.id, "2026-04-02", false, 7],
      [twice.id, "2026-04-02", true, null],
      [seen.id, "2026-04-30", true, null],
    ]);
    // The film's rating is the file's last for it; an unrated viewing leaves it.
    expect(await reviewOf(member.id, seen.id)).toMatchObject({ rating: 8 });

    const again = await importCsv(member.id, csv);
    expect(again.report).toMatchObject({ logged: 0, added: 0, updated: 0, unchanged: 2 });
    expect(await listDiary(member.id)).toEqual(diary);
  });

  it("reads a ratings.csv, which has no Watched Date, into ratings alone", async () => {
    const member = await createUser();
    const film = await createFilm({ year: 1960 });
    const csv = toCsv(["Date", "Name", "Year", "Letterboxd URI", "Rating"], [["2026-01-01", film.title, 1960, "", 3]]);
    expect((await importCsv(member.id, csv)).report).toMatchObject({ logged: 0, added: 1 });
    expect(await listDiary(member.id)).toEqual([]);
  });
});

describe("a film's merge or deletion", () => {
  it("moves every diary entry of the duplicate to the kept film, and a revert puts them back", async () => {
    const admin = signedInAs(await createUser({ role: "admin" }));
    const [kept, duplicate] = [await auditedFilm(admin, "Kept"), await auditedFilm(admin, "Duplicate")];
    // Ann logged both films, the duplicate twice; Ben only the duplicate.
    const [ann, ben] = [await createUser(), await createUser()];
    await getDb()
      .insert(diaryEntries)
      .values([
        { userId: ann.id, filmId: kept.id, watchedOn: "2026-02-01" },
        { userId: ann.id, filmId: duplicate.id, watchedOn: "2026-02-02", rating: 4 },
        { userId: ann.id, filmId: duplicate.id, watchedOn: "2026-02-03", rewatch: true },
        { userId: ben.id, filmId: duplicate.id, watchedOn: "2026-02-04" },
      ]);
    const before = await databaseState();

    const merged = await mergeFilms({ actorId: admin.id, duplicateId: duplicate.id, keep: { id: kept.id } });
    expect(merged).toMatchObject({ ok: true });
    // Their diary pages are refreshed with the duplicate's pages.
    expect(merged.ok && [...merged.duplicate.memberIds].sort()).toEqual([ann.id, ben.id].sort());
    expect((await listDiary(ann.id)).map((entry) => entry.filmId)).toEqual([kept.id, kept.id, kept.id]);
    expect((await listDiary(ben.id)).map((entry) => entry.filmId)).toEqual([kept.id]);

    expect(await revertFilmChange(duplicate.id, "merge")).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${duplicate.id}`,
    });
    expect(await databaseState()).toEqual(before);
  });

  it("takes a deleted film out of every diary, and a revert of the deletion puts it back", async () => {
    const admin = signedInAs(await createUser({ role: "admin" }));
    const film = await auditedFilm(admin, "Doomed");
    const [ann, ben] = [await createUser(), await createUser()];
    await getDb()
      .insert(diaryEntries)
      .values([
        { userId: ann.id, filmId: film.id, watchedOn: "2026-05-01", rating: 3 },
        { userId: ann.id, filmId: film.id, watchedOn: "2026-05-02", rewatch: true },
        { userId: ben.id, filmId: film.id, watchedOn: "2026-05-03" },
      ]);
    const before = await databaseState();

    const { version } = (await readFilmSnapshot(getDb(), film.id))!;
    const deleted = await deleteFilm({ actorId: admin.id, filmId: film.id, version });
    expect(deleted.ok && [...deleted.memberIds].sort()).toEqual([ann.id, ben.id].sort());
    expect([...(await listDiary(ann.id)), ...(await listDiary(ben.id))]).toEqual([]);

    expect(await revertFilmChange(film.id, "delete")).toMatchObject({
      redirected: expect.stringContaining("redirect"),
    });
    expect(await databaseState()).toEqual(before);
  });
});
