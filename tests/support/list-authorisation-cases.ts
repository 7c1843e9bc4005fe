// The authorisation matrix's cases for members' lists (server-actions.test.ts runs them with every other action's):
// any member makes a list or puts a film on a new one; only the list's owner edits, fills, reorders or deletes it.
import { asc, eq, ne } from "drizzle-orm";
import { expect } from "vitest";
import {
  addToListAction,
  createListAction,
  deleteListAction,
  moveListItemAction,
  removeListItemAction,
  saveListItemNoteAction,
  updateListAction,
} from "@/app/[locale]/lists/actions";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { filmListItems, filmLists, films } from "@/db/schema";
import { formOf, type Account, type Role, type Scene } from "./authorisation-fixtures";

interface ListActionCase {
  name: string;
  allowed: readonly Role[];
  refusal: { signedOut: object; signedIn?: object };
  form(scene: Scene): Promise<FormData> | FormData;
  run(form: FormData): Promise<unknown>;
  expectDone(outcome: unknown, done: { scene: Scene; caller: Account; form: FormData }): Promise<void>;
}

const MEMBERS = ["member", "other member", "admin"] as const;
const OWNER = ["member"] as const;
const SIGNED_OUT = { ok: false, errors: { form: [expect.stringMatching(/^Your session has ended: sign in again/)] } };
const NOT_YOURS = { ok: false, errors: { form: ["That list is not yours, or it has been deleted."] } };

/** The member's list, holding the scene's film and then another: what only the member may change. */
async function stageList(scene: Scene) {
  const [other] = await getDb().select({ id: films.id }).from(films).where(ne(films.id, scene.film.id)).limit(1);
  const [list] = await getDb()
    .insert(filmLists)
    .values({ userId: scene.accounts.member!.id, slug: `list-${scene.label}`, title: `List ${scene.label}` })
    .returning({ id: filmLists.id });
  await getDb()
    .insert(filmListItems)
    .values([
      { listId: list!.id, filmId: scene.film.id, position: 1 },
      { listId: list!.id, filmId: other!.id, position: 2 },
    ]);
  return { listId: list!.id, first: scene.film.id, second: other!.id };
}

async function itemsOf(listId: number) {
  return getDb()
    .select({ filmId: filmListItems.filmId, position: filmListItems.position, note: filmListItems.note })
    .from(filmListItems)
    .where(eq(filmListItems.listId, listId))
    .orderBy(asc(filmListItems.position));
}

async function listsOf(userId: number) {
  return getDb().select().from(filmLists).where(eq(filmLists.userId, userId));
}

const listIdOf = (form: FormData) => Number(form.get("listId"));

/** A case on the member's staged list, refused to everyone else. */
function ownerCase(
  name: string,
  run: (form: FormData) => Promise<unknown>,
  fields: (list: Awaited<ReturnType<typeof stageList>>) => Record<string, string | number>,
  expectDone: (form: FormData) => Promise<void>,
): ListActionCase {
  return {
    name,
    allowed: OWNER,
    refusal: { signedOut: SIGNED_OUT, signedIn: NOT_YOURS },
    form: async (scene) => formOf(fields(await stageList(scene))),
    run,
    expectDone: (_outcome, { form }) => expectDone(form),
  };
}

export const LIST_ACTION_CASES: ListActionCase[] = [
  {
    name: "createListAction",
    allowed: MEMBERS,
    refusal: { signedOut: SIGNED_OUT },
    form: () => formOf({ title: "Films to share", description: "", isPublic: "on" }),
    run: (form) => createListAction(NOT_POSTED, form),
    async expectDone(outcome, { caller }) {
      const [list] = await listsOf(caller.id);
      expect(list).toMatchObject({ title: "Films to share", slug: "films-to-share", isPublic: true });
      expect(outcome).toEqual({ redirectedTo: `/lists/${list!.id}/edit` });
    },
  },
  {
    name: "addToListAction, to a new list",
    allowed: MEMBERS,
    refusal: { signedOut: SIGNED_OUT },
    form: (scene) => formOf({ filmId: scene.film.id, listId: "", newTitle: "Seen at a festival", note: "Loud." }),
    run: (form) => addToListAction(NOT_POSTED, form),
    async expectDone(outcome, { scene, caller }) {
      expect(outcome).toMatchObject({ ok: true, result: { isAdded: true } });
      const [list] = await listsOf(caller.id);
      expect(await itemsOf(list!.id)).toEqual([{ filmId: scene.film.id, position: 1, note: "Loud." }]);
    },
  },
  ownerCase(
    "addToListAction, to the member's list",
    (form) => addToListAction(NOT_POSTED, form),
    ({ listId, first }) => ({ filmId: first, listId, newTitle: "", note: "Again." }),
    async (form) => {
      expect((await itemsOf(listIdOf(form)))[0]).toMatchObject({ position: 1, note: "Again." });
    },
  ),
  ownerCase(
    "updateListAction",
    (form) => updateListAction(NOT_POSTED, form),
    ({ listId }) => ({ listId, title: "Renamed", description: "", ranked: "on" }),
    async (form) => {
      const [list] = await getDb()
        .select()
        .from(filmLists)
        .where(eq(filmLists.id, listIdOf(form)));
      expect(list).toMatchObject({ title: "Renamed", slug: "renamed", ranked: true, isPublic: false });
    },
  ),
  ownerCase(
    "deleteListAction",
    (form) => deleteListAction(NOT_POSTED, form),
    ({ listId }) => ({ listId }),
    async (form) => {
      expect(await getDb().$count(filmLists, eq(filmLists.id, listIdOf(form)))).toBe(0);
    },
  ),
  ownerCase(
    "moveListItemAction",
    (form) => moveListItemAction(NOT_POSTED, form),
    ({ listId, second }) => ({ listId, filmId: second, position: 1 }),
    async (form) => {
      const moved = Number(form.get("filmId"));
      expect((await itemsOf(listIdOf(form))).map((item) => [item.position, item.filmId === moved])).toEqual([
        [1, true],
        [2, false],
      ]);
    },
  ),
  ownerCase(
    "removeListItemAction",
    (form) => removeListItemAction(NOT_POSTED, form),
    ({ listId, first }) => ({ listId, filmId: first }),
    async (form) => {
      const items = await itemsOf(listIdOf(form));
      expect(items).toMatchObject([{ position: 1 }]);
      expect(items[0]!.filmId).not.toBe(Number(form.get("filmId")));
    },
  ),
  ownerCase(
    "saveListItemNoteAction",
    (form) => saveListItemNoteAction(NOT_POSTED, form),
    ({ listId, second }) => ({ listId, filmId: second, note: "Worth the wait." }),
    async (form) => {
      const items = await itemsOf(listIdOf(form));
      expect(items.find((item) => item.filmId === Number(form.get("filmId")))).toMatchObject({
        note: "Worth the wait.",
      });
    },
  ),
];
