// Members' lists: the actions' own rules (who may change what is in the authorisation matrix, server-actions.test.ts),
// the reads behind the list pages, and what a film's merge or deletion, and their revert, do to lists. On a database
// of its own: "put back exactly" is checked on every table.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { deleteAccount } from "@/db/mutations/accounts";
import { mergeFilms } from "@/db/mutations/film-merge";
import { deleteFilm } from "@/db/mutations/films";
import {
  countPublicListsWithFilm,
  getOwnFilmList,
  getPublicFilmList,
  listFilmListsOfUser,
  listOwnListsForFilm,
  listPublicListsWithFilm,
} from "@/db/queries/film-lists";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { listSitemapEntries } from "@/db/queries/sitemap";
import { filmListItems, filmLists } from "@/db/schema";
import { signedInAs } from "../support/action-stubs";
import { createFilm, createUser } from "../support/factories";
import { formOf } from "../support/authorisation-fixtures";
import { createScratchDatabase } from "../support/scratch-database";
import { auditedFilm, databaseState, revertFilmChange } from "../support/film-audit";

// The actions run for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
vi.mock("next/headers", () => import("../support/action-stubs").then((stubs) => stubs.postedByScript));
const {
  addToListAction,
  createListAction,
  deleteListAction,
  moveListItemAction,
  removeListItemAction,
  saveListItemNoteAction,
  updateListAction,
} = await import("@/app/[locale]/lists/actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("lists");
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

const listForm = (fields: { title: string; description?: string; ranked?: boolean; isPublic?: boolean }) =>
  formOf({
    title: fields.title,
    description: fields.description ?? "",
    ...(fields.ranked ? { ranked: "on" } : {}),
    ...(fields.isPublic === false ? {} : { isPublic: "on" }),
  });

/** Makes a list through its action, as the signed-in member; its id, from the redirect to its edit page. */
async function makeList(fields: Parameters<typeof listForm>[0]) {
  const answer = await createListAction(NOT_POSTED, listForm(fields)).catch((error: Error) => error.message);
  const id = /^redirect \/lists\/(\d+)\/edit$/.exec(String(answer))?.[1];
  if (!id) throw new Error(`no list made: ${JSON.stringify(answer)}`);
  const [list] = await getDb()
    .select()
    .from(filmLists)
    .where(eq(filmLists.id, Number(id)));
  return list!;
}

async function itemsOf(listId: number) {
  return getDb()
    .select({ filmId: filmListItems.filmId, position: filmListItems.position, note: filmListItems.note })
    .from(filmListItems)
    .where(eq(filmListItems.listId, listId))
    .orderBy(asc(filmListItems.position));
}

/** A list of the member's holding `count` fresh films, in order; the films' ids. */
async function listWithFilms(listId: number, count: number) {
  const films = [];
  for (let index = 0; index < count; index += 1) {
    const film = await createFilm();
    expect(
      await addToListAction(NOT_POSTED, formOf({ filmId: film.id, listId, newTitle: "", note: "" })),
    ).toMatchObject({ ok: true });
    films.push(film.id);
  }
  return films;
}

const move = (listId: number, filmId: number, position: number) =>
  moveListItemAction(NOT_POSTED, formOf({ listId, filmId, position }));

describe("making, editing and deleting a list", () => {
  it("makes a list with a slug from its title, suffixed when the member has one of that title already", async () => {
    const member = signedInAs(await createUser());
    const first = await makeList({ title: "Best of Noël", description: "Films for <b>winter</b>.", ranked: true });
    expect(first).toMatchObject({
      userId: member.id,
      slug: "best-of-noel",
      title: "Best of Noël",
      description: "Films for <b>winter</b>.",
      ranked: true,
      isPublic: true,
    });
    expect((await makeList({ title: "Best of Noël" })).slug).toBe("best-of-noel-2");
    // Another member's list of the same title has the slug to itself.
    signedInAs(await createUser());
    expect((await makeList({ title: "Best of Noël", isPublic: false })).slug).toBe("best-of-noel");
  });

  it("refuses a title too long or empty with the field's error, keeping what was typed", async () => {
    const member = signedInAs(await createUser());
    const answer = await createListAction(
      NOT_POSTED,
      listForm({ title: "x".repeat(201), description: "Kept", ranked: true }),
    );
    expect(answer).toMatchObject({
      ok: false,
      errors: { title: ["A title can be at most 200 characters."] },
      values: { title: "x".repeat(201), description: "Kept", ranked: true, isPublic: true },
    });
    expect(await createListAction(NOT_POSTED, listForm({ title: "   " }))).toMatchObject({
      errors: { title: ["Give the list a title."] },
    });
    expect(await listFilmListsOfUser(member.id, { withPrivate: true })).toEqual([]);
  });

  it("edits the list's details, its slug following the title, and refuses another member's list", async () => {
    const owner = signedInAs(await createUser());
    const list = await makeList({ title: "Drafts" });
    const edit = (title: string) =>
      updateListAction(NOT_POSTED, formOf({ listId: list.id, title, description: "Now with words", ranked: "on" }));
    expect(await edit("Finished")).toMatchObject({ ok: true });
    expect((await getOwnFilmList(owner.id, list.id))!).toMatchObject({
      slug: "finished",
      title: "Finished",
      description: "Now with words",
      ranked: true,
      isPublic: false,
    });

    signedInAs(await createUser());
    expect(await edit("Mine now")).toMatchObject({ ok: false, errors: { form: [expect.stringMatching(/not yours/)] } });
    expect(await deleteListAction(NOT_POSTED, formOf({ listId: list.id }))).toMatchObject({ ok: false });
    expect((await getOwnFilmList(owner.id, list.id))!.title).toBe("Finished");
  });

  it("deletes the list with its items, the films staying", async () => {
    const owner = signedInAs(await createUser());
    const list = await makeList({ title: "Short-lived" });
    const [filmId] = await listWithFilms(list.id, 1);
    expect(await deleteListAction(NOT_POSTED, formOf({ listId: list.id }))).toMatchObject({
      ok: true,
      result: { listsPath: `/users/${owner.username}/lists` },
    });
    expect(await getOwnFilmList(owner.id, list.id)).toBeUndefined();
    expect(await itemsOf(list.id)).toEqual([]);
    expect(await countPublicListsWithFilm(filmId!)).toBe(0);
  });

  it("goes with the member's account, which names the films whose list count drops", async () => {
    const owner = signedInAs(await createUser());
    const list = await makeList({ title: "Orphaned" });
    const [filmId] = await listWithFilms(list.id, 1);
    expect(await deleteAccount(owner.id)).toMatchObject({ ok: true, listedFilmIds: [filmId] });
    expect(await itemsOf(list.id)).toEqual([]);
  });
});

describe("the films on a list", () => {
  it("adds films at the end, a film once, its note replaced when added again with one", async () => {
    signedInAs(await createUser());
    const list = await makeList({ title: "Noted" });
    const [first, second] = await listWithFilms(list.id, 2);
    const add = (note: string) =>
      addToListAction(NOT_POSTED, formOf({ filmId: first!, listId: list.id, newTitle: "", note }));
    expect(await add("Watch it twice")).toMatchObject({ ok: true, result: { isAdded: false } });
    expect(await add("")).toMatchObject({ ok: true });
    expect(await itemsOf(list.id)).toEqual([
      { filmId: first, position: 1, note: "Watch it twice" },
      { filmId: second, position: 2, note: null },
    ]);
  });

  it("adds a film to a new list named in the same form, and asks for a list when none is chosen or named", async () => {
    const member = signedInAs(await createUser());
    const film = await createFilm();
    const answer = await addToListAction(
      NOT_POSTED,
      formOf({ filmId: film.id, listId: "", newTitle: "Fresh", note: "First!" }),
    );
    expect(answer).toMatchObject({ ok: true, result: { isAdded: true } });
    const [made] = await listFilmListsOfUser(member.id, { withPrivate: true });
    expect(made).toMatchObject({ title: "Fresh", slug: "fresh", itemCount: 1 });
    expect(await itemsOf(made!.id)).toEqual([{ filmId: film.id, position: 1, note: "First!" }]);
    expect(await listOwnListsForFilm(member.id, film.id)).toEqual([{ id: made!.id, title: "Fresh", hasFilm: true }]);

    expect(
      await addToListAction(NOT_POSTED, formOf({ filmId: film.id, listId: "", newTitle: "", note: "" })),
    ).toMatchObject({
      ok: false,
      errors: { listId: ["Choose one of your lists or name a new one."] },
      values: { listId: "", newTitle: "", note: "" },
    });
  });

  it("refuses adding to another member's list, or a film that does not exist", async () => {
    signedInAs(await createUser());
    const list = await makeList({ title: "Not yours" });
    signedInAs(await createUser());
    const film = await createFilm();
    expect(
      await addToListAction(NOT_POSTED, formOf({ filmId: film.id, listId: list.id, newTitle: "", note: "" })),
    ).toMatchObject({ ok: false, errors: { form: [expect.stringMatching(/not yours/)] } });
    expect(await itemsOf(list.id)).toEqual([]);
    expect(
      await addToListAction(NOT_POSTED, formOf({ filmId: 2_000_000_000, listId: "", newTitle: "Nothing", note: "" })),
    ).toMatchObject({ ok: false, errors: { form: ["This film no longer exists."] } });
  });

  it("moves a film anywhere, the list keeping its positions 1..n in one order", async () => {
    signedInAs(await createUser());
    const list = await makeList({ title: "Ranked", ranked: true });
    const [a, b, c, d] = await listWithFilms(list.id, 4);
    const order = async () => (await itemsOf(list.id)).map(({ filmId, position }) => [position, filmId]);

    expect(await move(list.id, d!, 1)).toMatchObject({ ok: true });
    expect(await order()).toEqual([
      [1, d],
      [2, a],
      [3, b],
      [4, c],
    ]);
    // Down one, as the "move down" button posts; a position past the end puts it last.
    await move(list.id, d!, 2);
    expect(await order()).toEqual([
      [1, a],
      [2, d],
      [3, b],
      [4, c],
    ]);
    await move(list.id, a!, 99);
    expect(await order()).toEqual([
      [1, d],
      [2, b],
      [3, c],
      [4, a],
    ]);
    expect(await move(list.id, a!, 0)).toMatchObject({ ok: false, errors: { position: ["Positions start at 1."] } });
  });

  it("removes a film, the films after it moving up; edits a note; only on the member's own list", async () => {
    const owner = signedInAs(await createUser());
    const list = await makeList({ title: "Trimmed" });
    const [a, b, c] = await listWithFilms(list.id, 3);
    expect(await removeListItemAction(NOT_POSTED, formOf({ listId: list.id, filmId: b! }))).toMatchObject({ ok: true });
    expect(
      await saveListItemNoteAction(NOT_POSTED, formOf({ listId: list.id, filmId: c!, note: " Last " })),
    ).toMatchObject({
      ok: true,
    });
    expect(await itemsOf(list.id)).toEqual([
      { filmId: a, position: 1, note: null },
      { filmId: c, position: 2, note: "Last" },
    ]);

    signedInAs(await createUser());
    expect(await removeListItemAction(NOT_POSTED, formOf({ listId: list.id, filmId: a! }))).toMatchObject({
      ok: false,
    });
    expect(await move(list.id, c!, 1)).toMatchObject({ ok: false });
    expect(await saveListItemNoteAction(NOT_POSTED, formOf({ listId: list.id, filmId: a!, note: "Hi" }))).toMatchObject(
      {
        ok: false,
      },
    );
    signedInAs(owner);
    expect(await itemsOf(list.id)).toEqual([
      { filmId: a, position: 1, note: null },
      { filmId: c, position: 2, note: "Last" },
    ]);
  });
});

describe("the reads behind the list pages", () => {
  it("shows a public list in order with its notes, a private one to nobody but its owner's edit page", async () => {
    const owner = signedInAs(await createUser());
    const open = await makeList({ title: "Open", ranked: true });
    const closed = await makeList({ title: "Closed", isPublic: false });
    const [first, second] = await listWithFilms(open.id, 2);
    await addToListAction(NOT_POSTED, formOf({ filmId: first!, listId: closed.id, newTitle: "", note: "" }));
    await move(open.id, second!, 1);
    await saveListItemNoteAction(NOT_POSTED, formOf({ listId: open.id, filmId: first!, note: "Second best" }));

    const shown = await getPublicFilmList(owner.id, "open");
    expect(shown).toMatchObject({ title: "Open", ranked: true });
    expect(shown!.items.map((item) => [item.film.id, item.note])).toEqual([
      [second, null],
      [first, "Second best"],
    ]);
    expect(await getPublicFilmList(owner.id, "closed")).toBeUndefined();
    expect(await getOwnFilmList(owner.id, closed.id)).toMatchObject({ title: "Closed" });
    expect((await listFilmListsOfUser(owner.id, { withPrivate: false })).map((list) => list.title)).toEqual(["Open"]);

    const sitemap = (await listSitemapEntries("lists", 0)).map((entry) => entry.path);
    expect(sitemap).toContain(`/users/${owner.username}/lists/open`);
    expect(sitemap).not.toContain(`/users/${owner.username}/lists/closed`);

    // The film is on both lists; only the public one counts.
    expect(await countPublicListsWithFilm(first!)).toBe(1);
    const withFilm = await listPublicListsWithFilm(first!, { page: 1, pageSize: 20 });
    expect(withFilm).toMatchObject({ total: 1, lists: [{ title: "Open", owner: { username: owner.username } }] });
  });

  it("pages the public lists that hold a film", async () => {
    const film = await createFilm();
    for (const title of ["One", "Two", "Three"]) {
      signedInAs(await createUser());
      await addToListAction(NOT_POSTED, formOf({ filmId: film.id, listId: "", newTitle: title, note: "" }));
    }
    const second = await listPublicListsWithFilm(film.id, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, lists: [{ title: "One" }] });
    expect(await listPublicListsWithFilm(film.id, { page: 3, pageSize: 2 })).toEqual({ total: 3, lists: [] });
  });
});

/** The admin who merges or deletes, signed in again for the revert: the tests sign in members in between. */
let admin: Awaited<ReturnType<typeof createUser>>;

describe("a film's merge or deletion", () => {
  it("puts the kept film in the duplicate's place, one item on a list that held both, and a revert puts it back", async () => {
    admin = await createUser({ role: "admin" });
    const [kept, duplicate] = [await auditedFilm(admin, "Kept"), await auditedFilm(admin, "Duplicate")];
    signedInAs(await createUser());
    // Both films, the duplicate first: the kept film takes its place. Both, the kept film first: it stays. Only
    // the duplicate: the kept film takes its place.
    const duplicateFirst = await makeList({ title: "Duplicate first", ranked: true });
    const [before] = await listWithFilms(duplicateFirst.id, 1);
    await addToListAction(
      NOT_POSTED,
      formOf({ filmId: duplicate.id, listId: duplicateFirst.id, newTitle: "", note: "Dup" }),
    );
    const [between] = await listWithFilms(duplicateFirst.id, 1);
    await addToListAction(
      NOT_POSTED,
      formOf({ filmId: kept.id, listId: duplicateFirst.id, newTitle: "", note: "Kept" }),
    );
    const [after] = await listWithFilms(duplicateFirst.id, 1);
    const keptFirst = await makeList({ title: "Kept first" });
    await addToListAction(NOT_POSTED, formOf({ filmId: kept.id, listId: keptFirst.id, newTitle: "", note: "" }));
    await addToListAction(NOT_POSTED, formOf({ filmId: duplicate.id, listId: keptFirst.id, newTitle: "", note: "" }));
    const [last] = await listWithFilms(keptFirst.id, 1);
    const onlyDuplicate = await makeList({ title: "Only the duplicate" });
    await addToListAction(
      NOT_POSTED,
      formOf({ filmId: duplicate.id, listId: onlyDuplicate.id, newTitle: "", note: "Moved" }),
    );
    const state = await databaseState();

    const merged = await mergeFilms({ actorId: admin.id, duplicateId: duplicate.id, keep: { id: kept.id } });
    expect(merged).toMatchObject({ ok: true });
    expect(await itemsOf(duplicateFirst.id)).toEqual([
      { filmId: before, position: 1, note: null },
      { filmId: kept.id, position: 2, note: "Kept" },
      { filmId: between, position: 3, note: null },
      { filmId: after, position: 4, note: null },
    ]);
    expect(await itemsOf(keptFirst.id)).toEqual([
      { filmId: kept.id, position: 1, note: null },
      { filmId: last, position: 2, note: null },
    ]);
    expect(await itemsOf(onlyDuplicate.id)).toEqual([{ filmId: kept.id, position: 1, note: "Moved" }]);
    expect(await countPublicListsWithFilm(kept.id)).toBe(3);

    signedInAs(admin);
    expect(await revertFilmChange(duplicate.id, "merge")).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${duplicate.id}`,
    });
    expect(await databaseState()).toEqual(state);
  });

  it("takes a deleted film off every list, and a revert of the deletion puts it back in its place", async () => {
    admin = await createUser({ role: "admin" });
    const film = await auditedFilm(admin, "Doomed");
    const member = signedInAs(await createUser());
    const list = await makeList({ title: "With a doomed film" });
    await addToListAction(NOT_POSTED, formOf({ filmId: film.id, listId: list.id, newTitle: "", note: "Gone soon" }));
    await listWithFilms(list.id, 1);
    const state = await databaseState();

    const { version } = (await readFilmSnapshot(getDb(), film.id))!;
    const deleted = await deleteFilm({ actorId: admin.id, filmId: film.id, version });
    expect(deleted).toMatchObject({ ok: true });
    expect(deleted.ok && deleted.memberIds).toContain(member.id);
    expect((await itemsOf(list.id)).map((item) => item.filmId)).not.toContain(film.id);

    signedInAs(admin);
    expect(await revertFilmChange(film.id, "delete")).toMatchObject({
      redirected: expect.stringContaining("redirect"),
    });
    expect(await databaseState()).toEqual(state);
  });
});
