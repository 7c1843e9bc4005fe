// A member's watchlist: the actions' own rules (who may change what is in the authorisation matrix,
// server-actions.test.ts), the watchlist page's orders, and what a film's merge or deletion, and their revert, do to
// it. On a database of its own: "put back exactly" is checked on every table.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { mergeFilms } from "@/db/mutations/film-merge";
import { deleteFilm } from "@/db/mutations/films";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { listWatchlist } from "@/db/queries/watchlist";
import { users, watchlistEntries } from "@/db/schema";
import { rateLimits } from "@/lib/rate-limits";
import { signedInAs } from "../support/action-stubs";
import { createFilm, createReview, createUser } from "../support/factories";
import { createScratchDatabase } from "../support/scratch-database";
import { auditedFilm, databaseState, revertFilmChange } from "../support/film-audit";
import { awayFromWindowEnd } from "../support/rate-limit-window";

// The actions run for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
const { addToWatchlistAction, removeFromWatchlistAction } =
  await import("@/app/[locale]/films/[slug]/watchlist-actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("watchlist");
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

const filmForm = (filmId: number) => {
  const form = new FormData();
  form.set("filmId", String(filmId));
  return form;
};

async function entriesOf(userId: number) {
  return getDb()
    .select({ filmId: watchlistEntries.filmId, addedAt: watchlistEntries.addedAt })
    .from(watchlistEntries)
    .where(eq(watchlistEntries.userId, userId));
}

describe("adding to and removing from the watchlist", () => {
  it("adds a film once: adding it again keeps one row, dated when it was first added", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    expect(await addToWatchlistAction(NOT_POSTED, filmForm(film.id))).toMatchObject({ ok: true });
    const [first] = await entriesOf(member.id);
    expect(await addToWatchlistAction(NOT_POSTED, filmForm(film.id))).toMatchObject({ ok: true });
    expect(await entriesOf(member.id)).toEqual([first]);
  });

  it("removes a film, and removing it again is no error", async () => {
    const member = signedInAs(await createUser());
    const [film, other] = [await createFilm(), await createFilm()];
    await getDb()
      .insert(watchlistEntries)
      .values([film, other].map(({ id }) => ({ userId: member.id, filmId: id })));
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await removeFromWatchlistAction(NOT_POSTED, filmForm(film.id))).toMatchObject({ ok: true });
      expect((await entriesOf(member.id)).map((entry) => entry.filmId)).toEqual([other.id]);
    }
  });

  it("refuses a film that does not exist", async () => {
    const member = signedInAs(await createUser());
    expect(await addToWatchlistAction(NOT_POSTED, filmForm(2_000_000_000))).toMatchObject({
      ok: false,
      errors: { form: ["This film no longer exists."] },
    });
    expect(await entriesOf(member.id)).toEqual([]);
  });

  it("refuses a member changing their watchlist faster than the limit", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    const { max, message } = rateLimits.watchlistPerUser;
    await awayFromWindowEnd(rateLimits.watchlistPerUser);
    for (let change = 0; change < max; change += 1) {
      const action = change % 2 === 0 ? addToWatchlistAction : removeFromWatchlistAction;
      expect(await action(NOT_POSTED, filmForm(film.id))).toMatchObject({ ok: true });
    }
    expect(await addToWatchlistAction(NOT_POSTED, filmForm(film.id))).toMatchObject({
      ok: false,
      errors: { form: [message] },
    });
    expect(await entriesOf(member.id)).toEqual([]);
  });

  it("goes with the member's account", async () => {
    const member = await createUser();
    await getDb()
      .insert(watchlistEntries)
      .values({ userId: member.id, filmId: (await createFilm()).id });
    await getDb().delete(users).where(eq(users.id, member.id));
    expect(await entriesOf(member.id)).toEqual([]);
  });
});

describe("a member's watchlist page", () => {
  it("lists the latest added first, the newest film first, or the highest rated first (unrated last), 20 a page", async () => {
    const [member, rater] = [await createUser(), await createUser()];
    const [old, rated, unrated] = [
      await createFilm({ year: 1950 }),
      await createFilm({ year: 2020 }),
      await createFilm({ year: 1990 }),
    ];
    await createReview({ filmId: old.id, userId: rater.id, rating: 6 });
    await createReview({ filmId: rated.id, userId: rater.id, rating: 9 });
    const day = (date: string) => new Date(`${date}T12:00:00Z`);
    await getDb()
      .insert(watchlistEntries)
      .values([
        { userId: member.id, filmId: old.id, addedAt: day("2026-01-03") },
        { userId: member.id, filmId: rated.id, addedAt: day("2026-01-01") },
        { userId: member.id, filmId: unrated.id, addedAt: day("2026-01-02") },
      ]);
    const order = async (sort: "date" | "year" | "rating") =>
      (await listWatchlist(member.id, { sort, page: 1, pageSize: 20 })).entries.map((entry) => entry.film.id);
    expect(await order("date")).toEqual([old.id, unrated.id, rated.id]);
    expect(await order("year")).toEqual([rated.id, unrated.id, old.id]);
    expect(await order("rating")).toEqual([rated.id, old.id, unrated.id]);

    const secondPage = await listWatchlist(member.id, { sort: "date", page: 2, pageSize: 2 });
    expect(secondPage).toMatchObject({ total: 3, entries: [{ film: { id: rated.id }, meanRating: 9 }] });
    expect(await listWatchlist(member.id, { sort: "date", page: 3, pageSize: 2 })).toEqual({ total: 3, entries: [] });
  });
});

describe("a film's merge or deletion", () => {
  it("moves the duplicate's watchlist entries to the kept film, one per member, and a revert puts them back", async () => {
    const admin = signedInAs(await createUser({ role: "admin" }));
    const [kept, duplicate] = [await auditedFilm(admin, "Kept"), await auditedFilm(admin, "Duplicate")];
    // Ann has both on her watchlist, Ben only the duplicate, Cleo only the kept film.
    const [ann, ben, cleo] = [await createUser(), await createUser(), await createUser()];
    const day = (date: string) => new Date(`${date}T12:00:00Z`);
    await getDb()
      .insert(watchlistEntries)
      .values([
        { userId: ann.id, filmId: kept.id, addedAt: day("2026-02-01") },
        { userId: ann.id, filmId: duplicate.id, addedAt: day("2026-02-02") },
        { userId: ben.id, filmId: duplicate.id, addedAt: day("2026-02-03") },
        { userId: cleo.id, filmId: kept.id, addedAt: day("2026-02-04") },
      ]);
    const before = await databaseState();

    const merged = await mergeFilms({ actorId: admin.id, duplicateId: duplicate.id, keep: { id: kept.id } });
    expect(merged).toMatchObject({ ok: true });
    // Their profiles' counts and watchlist pages are refreshed with the duplicate's pages.
    expect(merged.ok && [...merged.duplicate.memberIds].sort()).toEqual([ann.id, ben.id].sort());
    expect(await entriesOf(ann.id)).toEqual([{ filmId: kept.id, addedAt: day("2026-02-01") }]);
    expect(await entriesOf(ben.id)).toEqual([{ filmId: kept.id, addedAt: day("2026-02-03") }]);
    expect(await entriesOf(cleo.id)).toEqual([{ filmId: kept.id, addedAt: day("2026-02-04") }]);

    expect(await revertFilmChange(duplicate.id, "merge")).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${duplicate.id}`,
    });
    expect(await databaseState()).toEqual(before);
  });

  it("takes a deleted film off every watchlist, and a revert of the deletion puts it back", async () => {
    const admin = signedInAs(await createUser({ role: "admin" }));
    const film = await auditedFilm(admin, "Doomed");
    const [ann, ben] = [await createUser(), await createUser()];
    await getDb()
      .insert(watchlistEntries)
      .values([ann, ben].map((member) => ({ userId: member.id, filmId: film.id })));
    const before = await databaseState();

    const { version } = (await readFilmSnapshot(getDb(), film.id))!;
    const deleted = await deleteFilm({ actorId: admin.id, filmId: film.id, version });
    expect(deleted.ok && [...deleted.memberIds].sort()).toEqual([ann.id, ben.id].sort());
    expect([...(await entriesOf(ann.id)), ...(await entriesOf(ben.id))]).toEqual([]);

    expect(await revertFilmChange(film.id, "delete")).toMatchObject({
      redirected: expect.stringContaining("redirect"),
    });
    expect(await databaseState()).toEqual(before);
  });
});
