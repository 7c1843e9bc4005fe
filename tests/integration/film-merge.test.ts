// Merging a duplicate film into the one to keep, and reverting merges and deletions from the audit log. On a database
// of its own: "put back exactly" is checked on every table, which other files' writes would disturb.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { deleteFilm, createFilm as createAuditedFilm, updateFilm } from "@/db/mutations/films";
import { mergeFilms } from "@/db/mutations/film-merge";
import { moderateReview } from "@/db/mutations/moderation";
import { saveReview } from "@/db/mutations/reviews";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { findRenamedFilmSlug } from "@/db/queries/redirects";
import {
  auditLog,
  credits,
  externalIds,
  filmRatingStats,
  films,
  filmTitles,
  reviewReports,
  reviewRevisions,
  reviews,
} from "@/db/schema";
import { seedDemoCatalogue } from "@/db/seed";
import type { FilmFields } from "@/lib/validation/films";
import { signedInAs } from "../support/action-stubs";
import { createPerson, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";
import { tableSnapshot } from "../support/table-snapshot";
import { demoAdmin } from "../support/demo-accounts";

// The actions run for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
const { revertChangeAction } = await import("@/app/[locale]/admin/audit/actions");
const { mergeFilmAction } = await import("@/app/[locale]/admin/films/actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("film_merge");
  process.env.DATABASE_URL = scratch.url;
  await seedDemoCatalogue(getDb());
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

let filmsMade = 0;

async function newFilm(title: string, fields: Partial<FilmFields> = {}) {
  filmsMade += 1;
  const created = await createAuditedFilm({
    actorId: (await demoAdmin()).id,
    fields: {
      title: `${title} ${filmsMade}`,
      originalTitle: null,
      year: 2001,
      releaseDate: null,
      runtimeMinutes: null,
      genres: ["drama"],
      countries: ["CZ"],
      ...fields,
    },
  });
  return created;
}

async function rename(filmId: number, title: string) {
  const { snapshot, version } = (await readFilmSnapshot(getDb(), filmId))!;
  const renamed = await updateFilm({
    actorId: (await demoAdmin()).id,
    filmId,
    version,
    fields: { ...snapshot, title },
  });
  if (!renamed.ok) throw new Error(`could not rename film ${filmId}`);
  return renamed;
}

const at = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * Two films that are one: credits, titles, plots, an external id and an old slug on the duplicate, and reviews on
 * both — Ann reviewed both (the kept film first, edited once; the duplicate later), Ben only the duplicate (and was
 * reported), Cleo only the kept film.
 */
async function stageDuplicates() {
  const kept = await newFilm("Kept Reel", { runtimeMinutes: 101, genres: ["drama"], countries: ["CZ"] });
  const duplicate = await newFilm("Dup Reel", { releaseDate: "2001-05-01", genres: ["comedy"], countries: ["FR"] });
  const renamed = await rename(duplicate.id, `Dup Reel Renamed ${filmsMade}`);
  const [director, actor] = [await createPerson(), await createPerson()];
  await getDb()
    .insert(credits)
    .values([
      { filmId: kept.id, personId: director.id, role: "director" },
      { filmId: duplicate.id, personId: director.id, role: "director" },
      { filmId: kept.id, personId: actor.id, role: "cast", character: null },
      { filmId: duplicate.id, personId: actor.id, role: "cast", character: "The Twin" },
      { filmId: duplicate.id, personId: (await createPerson()).id, role: "composer" },
    ]);
  await getDb()
    .insert(filmTitles)
    .values({ filmId: duplicate.id, title: `Le Double ${filmsMade}`, kind: "alternate" });
  await getDb()
    .insert(externalIds)
    .values({ filmId: duplicate.id, source: "imdb", externalId: `tt9${String(filmsMade).padStart(6, "0")}` });
  const [ann, ben, cleo] = [await createUser(), await createUser(), await createUser()];
  const annKept = await createReview({
    filmId: kept.id,
    userId: ann.id,
    rating: 4,
    body: "First thoughts.",
    createdAt: at("2024-01-01"),
  });
  await saveReview({ userId: ann.id, filmId: kept.id, rating: 6, body: "Ann on the kept film.", hasSpoilers: false });
  const annDuplicate = await createReview({
    filmId: duplicate.id,
    userId: ann.id,
    rating: 8,
    body: "Ann on the duplicate, later.",
    createdAt: at("2099-01-01"),
  });
  const benReview = await createReview({ filmId: duplicate.id, userId: ben.id, rating: 3, body: "Ben's take." });
  await getDb().insert(reviewReports).values({ reviewId: benReview.id, reporterId: cleo.id, reason: "spam" });
  const cleoReview = await createReview({ filmId: kept.id, userId: cleo.id, rating: 10 });
  return {
    kept,
    duplicate: { id: duplicate.id, slug: renamed.slug, oldSlug: renamed.oldSlug },
    people: { director, actor },
    members: { ann, ben, cleo },
    reviews: { annKept, annDuplicate, benReview, cleoReview },
  };
}

/** Every table but the audit log, which a merge and its revert add to. */
const databaseState = () => tableSnapshot(getDb().$client, { ignoring: ["audit_log"] });

async function latestEntry(filmId: number, action: string) {
  const [entry] = await getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "film"), eq(auditLog.entityId, filmId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return entry!;
}

/** A revert through the audit page's action, as the demo admin; the redirect it ends with is its success. */
async function revertAsAdmin(entryId: number) {
  signedInAs(await demoAdmin());
  const form = new FormData();
  form.set("entryId", String(entryId));
  return revertChangeAction(NOT_POSTED, form).catch((error: Error) => ({ redirected: error.message }));
}

async function statsOf(filmId: number) {
  const [stats] = await getDb()
    .select({
      ratingCount: filmRatingStats.ratingCount,
      ratingSum: filmRatingStats.ratingSum,
      reviewCount: filmRatingStats.reviewCount,
    })
    .from(filmRatingStats)
    .where(eq(filmRatingStats.filmId, filmId));
  return stats;
}

async function recountOf(filmId: number) {
  const [recount] = await getDb()
    .select({
      ratingCount: sql<number>`count(*)::int`,
      ratingSum: sql<number>`coalesce(sum(${reviews.rating}), 0)::int`,
      reviewCount: sql<number>`count(${reviews.body})::int`,
    })
    .from(reviews)
    .where(and(eq(reviews.filmId, filmId), eq(reviews.status, "visible")));
  return recount;
}

describe("merging a duplicate film", () => {
  it("moves titles, credits, external ids and reviews to the kept film, and redirects the duplicate's addresses", async () => {
    const { kept, duplicate, people, reviews: staged } = await stageDuplicates();
    const merged = await mergeFilms({
      actorId: (await demoAdmin()).id,
      duplicateId: duplicate.id,
      keep: { slug: kept.slug },
    });
    expect(merged).toMatchObject({ ok: true, keptId: kept.id });

    expect(await readFilmSnapshot(getDb(), duplicate.id)).toBeUndefined();
    expect(await findRenamedFilmSlug(duplicate.slug)).toBe(kept.slug);
    expect(await findRenamedFilmSlug(duplicate.oldSlug)).toBe(kept.slug);
    const { snapshot } = (await readFilmSnapshot(getDb(), kept.id))!;
    expect(snapshot).toMatchObject({ runtimeMinutes: 101, releaseDate: "2001-05-01", genres: ["comedy", "drama"] });
    expect(snapshot.countries).toEqual(["CZ", "FR"]);
    expect(snapshot.titles.map((title) => title.title)).toEqual([
      expect.stringMatching(/^Le Double/),
      expect.stringMatching(/^Dup Reel Renamed/),
    ]);
    expect(snapshot.credits.map(({ personId, role, character }) => ({ personId, role, character }))).toEqual([
      { personId: people.director.id, role: "director", character: null },
      { personId: people.actor.id, role: "cast", character: "The Twin" },
      expect.objectContaining({ role: "composer" }),
    ]);
    expect(await getDb().$count(externalIds, eq(externalIds.filmId, kept.id))).toBe(1);

    // Ann keeps her newer review, the duplicate's; her review of the kept film is its earliest version but one.
    const keptReviews = await getDb()
      .select({ id: reviews.id, rating: reviews.rating, body: reviews.body, editedAt: reviews.editedAt })
      .from(reviews)
      .where(eq(reviews.filmId, kept.id))
      .orderBy(asc(reviews.id));
    expect(keptReviews.map((review) => review.id)).toEqual([
      staged.annDuplicate.id,
      staged.benReview.id,
      staged.cleoReview.id,
    ]);
    expect(keptReviews[0]).toMatchObject({
      rating: 8,
      body: "Ann on the duplicate, later.",
      editedAt: expect.any(Date),
    });
    const versions = await getDb()
      .select({ rating: reviewRevisions.rating, body: reviewRevisions.body })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, staged.annDuplicate.id))
      .orderBy(asc(reviewRevisions.writtenAt));
    expect(versions).toEqual([
      { rating: 4, body: "First thoughts." },
      { rating: 6, body: "Ann on the kept film." },
    ]);
    expect(await getDb().$count(reviewReports, eq(reviewReports.reviewId, staged.benReview.id))).toBe(1);
    expect(await statsOf(kept.id)).toEqual({ ratingCount: 3, ratingSum: 21, reviewCount: 2 });
    expect(await statsOf(kept.id)).toEqual(await recountOf(kept.id));

    expect((await latestEntry(duplicate.id, "merge")).after).toMatchObject({ mergedInto: kept.id });
    expect((await latestEntry(kept.id, "merge")).after).toMatchObject({ mergedFrom: duplicate.id });
  });

  it("keeps the kept film's review of a member when it is the newer", async () => {
    const kept = await newFilm("Newer Kept");
    const duplicate = await newFilm("Older Dup");
    const member = await createUser();
    await createReview({ filmId: duplicate.id, userId: member.id, rating: 2, createdAt: at("2020-01-01") });
    const newer = await createReview({ filmId: kept.id, userId: member.id, rating: 9, createdAt: at("2021-01-01") });
    await mergeFilms({ actorId: (await demoAdmin()).id, duplicateId: duplicate.id, keep: { id: kept.id } });
    const [kept1] = await getDb().select().from(reviews).where(eq(reviews.filmId, kept.id));
    expect(kept1).toMatchObject({ id: newer.id, rating: 9 });
    expect(await statsOf(kept.id)).toEqual(await recountOf(kept.id));
  });

  it("refuses to merge a film into itself or into a film that does not exist", async () => {
    const film = await newFilm("Lonely Reel");
    const actorId = (await demoAdmin()).id;
    expect(await mergeFilms({ actorId, duplicateId: film.id, keep: { id: film.id } })).toEqual({
      ok: false,
      reason: "same-film",
    });
    expect(await mergeFilms({ actorId, duplicateId: film.id, keep: { slug: "no-such-film-1900" } })).toEqual({
      ok: false,
      reason: "kept-not-found",
    });
    expect(await readFilmSnapshot(getDb(), film.id)).toBeDefined();
  });

  it("is for admins only", async () => {
    const { kept, duplicate } = await stageDuplicates();
    signedInAs(undefined);
    const before = await databaseState();
    const form = new FormData();
    form.set("duplicateId", String(duplicate.id));
    form.set("keep", String(kept.id));
    form.set("confirm", "merge");
    expect(await mergeFilmAction(NOT_POSTED, form)).toMatchObject({
      ok: false,
      errors: { form: ["Only admins can do this."] },
    });
    expect(await databaseState()).toEqual(before);
  });
});

describe("reverting a merge from the audit log", () => {
  it("puts both films back exactly as they were", async () => {
    const { kept, duplicate } = await stageDuplicates();
    const before = await databaseState();
    await mergeFilms({ actorId: (await demoAdmin()).id, duplicateId: duplicate.id, keep: { id: kept.id } });
    expect(await databaseState()).not.toEqual(before);

    const merge = await latestEntry(duplicate.id, "merge");
    expect(await revertAsAdmin(merge.id)).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${duplicate.id}`,
    });
    expect(await databaseState()).toEqual(before);
    expect(await findRenamedFilmSlug(duplicate.oldSlug)).toBe(duplicate.slug);
    expect((await latestEntry(duplicate.id, "revert")).after).toMatchObject({ slug: duplicate.slug });
    expect(await latestEntry(kept.id, "revert")).toBeDefined();

    expect(await revertAsAdmin(merge.id)).toMatchObject({
      ok: false,
      errors: { form: ["The film is back already."] },
    });
  });

  it("keeps what happened since: a review posted on the kept film stays there", async () => {
    const { kept, duplicate, members, reviews: staged } = await stageDuplicates();
    await mergeFilms({ actorId: (await demoAdmin()).id, duplicateId: duplicate.id, keep: { id: kept.id } });
    const newcomer = await createUser();
    await saveReview({ userId: newcomer.id, filmId: kept.id, rating: 5, body: "Posted after.", hasSpoilers: false });
    await saveReview({
      userId: members.ben.id,
      filmId: kept.id,
      rating: 4,
      body: "Ben, edited after.",
      hasSpoilers: false,
    });

    await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id);
    const ben = await getDb().query.reviews.findFirst({ where: eq(reviews.id, staged.benReview.id) });
    expect(ben).toMatchObject({ filmId: duplicate.id, body: "Ben, edited after." });
    expect(await getDb().$count(reviews, and(eq(reviews.filmId, kept.id), eq(reviews.userId, newcomer.id)))).toBe(1);
    for (const filmId of [kept.id, duplicate.id]) expect(await statsOf(filmId)).toEqual(await recountOf(filmId));
  });

  it("refuses when the kept film has been deleted since, and offers no revert on the kept film's entry", async () => {
    const { kept, duplicate } = await stageDuplicates();
    const actorId = (await demoAdmin()).id;
    await mergeFilms({ actorId, duplicateId: duplicate.id, keep: { id: kept.id } });
    await deleteFilm({ actorId, filmId: kept.id, version: (await readFilmSnapshot(getDb(), kept.id))!.version });

    expect(await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: { form: ["The film it was merged into has since been deleted or merged itself: revert that first."] },
    });
    expect(await revertAsAdmin((await latestEntry(kept.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: { form: ["A merge is reverted from the entry of the film merged away, which keeps what moved."] },
    });
    expect(await readFilmSnapshot(getDb(), duplicate.id)).toBeUndefined();
  });
});

describe("reverting a deletion from the audit log", () => {
  it("brings the film back with its reviews, their versions, reports and holds, and its rating stats", async () => {
    const { duplicate: film, reviews: staged } = await stageDuplicates();
    await moderateReview({
      actorId: (await demoAdmin()).id,
      reviewId: staged.benReview.id,
      decision: "hide",
      reason: "Off topic.",
    });
    const before = await databaseState();
    const { version } = (await readFilmSnapshot(getDb(), film.id))!;
    expect(await deleteFilm({ actorId: (await demoAdmin()).id, filmId: film.id, version })).toMatchObject({ ok: true });
    expect(await getDb().$count(reviews, eq(reviews.filmId, film.id))).toBe(0);

    expect(await revertAsAdmin((await latestEntry(film.id, "delete")).id)).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${film.id}`,
    });
    expect(await databaseState()).toEqual(before);
    expect(await statsOf(film.id)).toEqual(await recountOf(film.id));
  });

  it("refuses when another film has taken the address since", async () => {
    const film = await newFilm("Taken Reel");
    const { version } = (await readFilmSnapshot(getDb(), film.id))!;
    await deleteFilm({ actorId: (await demoAdmin()).id, filmId: film.id, version });
    const usurper = await newFilm("Usurper");
    await getDb().update(films).set({ slug: film.slug }).where(eq(films.id, usurper.id));

    expect(await revertAsAdmin((await latestEntry(film.id, "delete")).id)).toMatchObject({
      ok: false,
      errors: { form: [`Another film now has its address, /films/${film.slug}: rename that film first.`] },
    });
    expect(await readFilmSnapshot(getDb(), film.id)).toBeUndefined();
  });
});
