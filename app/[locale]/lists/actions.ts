"use server";

import { defineAction, done, refuse, type Outcome } from "@/app/_actions/define-action";
import type { Write } from "@/app/_data/invalidation";
import {
  addFilmToList,
  createFilmList,
  deleteFilmList,
  moveFilmInList,
  removeFilmFromList,
  saveListItemNote,
  updateFilmList,
} from "@/db/mutations/film-lists";
import { forgiveRateLimitHit, hitRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { textFields } from "@/lib/validation/fields";
import {
  addToListSchema,
  listEditSchema,
  listFieldsSchema,
  listItemMoveSchema,
  listItemNoteSchema,
  listItemSchema,
} from "@/lib/validation/film-lists";

// Whose list it is comes from the session: every mutation checks that the list is the caller's before it writes.
const NOT_YOURS = "That list is not yours, or it has been deleted.";

/**
 * Does `work` if the member may change their lists now, counted like every other member write. A refused change
 * (another member's list) takes its hit back: a refusal writes nothing.
 */
async function withinLimit<Field extends string, Result>(
  userId: number,
  work: () => Promise<Outcome<Field, Result>>,
): Promise<Outcome<Field, Result>> {
  const limit = rateLimits.listsPerUser;
  if (!(await hitRateLimit(limit, String(userId)))) return refuse(limit.message);
  const outcome = await work();
  if (!outcome.ok) await forgiveRateLimitHit(limit, String(userId));
  return outcome;
}

const listChanged = (userId: number, filmIds: number[] = []): Write => ({ kind: "film-list-changed", userId, filmIds });

/** The list form's fields as posted: its checkboxes are "on" or missing. */
function listFormInput(formData: FormData) {
  return {
    ...textFields(formData, ["listId", "title", "description"]),
    ranked: formData.get("ranked") === "on",
    isPublic: formData.get("isPublic") === "on",
  };
}

export const createListAction = defineAction({
  who: "member",
  schema: listFieldsSchema,
  input: listFormInput,
  values: listFormInput,
  run: (fields, { caller }) =>
    withinLimit(caller.id, async () => {
      const list = await createFilmList({ userId: caller.id, fields });
      return done({ writes: [listChanged(caller.id)], redirectTo: `/lists/${list.id}/edit` });
    }),
});

export const updateListAction = defineAction({
  who: "member",
  schema: listEditSchema,
  input: listFormInput,
  values: listFormInput,
  run: ({ listId, ...fields }, { caller }) =>
    withinLimit(caller.id, async () => {
      const updated = await updateFilmList({ userId: caller.id, listId, fields });
      if (!updated.ok) return refuse(NOT_YOURS);
      return done({ writes: [listChanged(caller.id, updated.filmIds)] });
    }),
});

export const deleteListAction = defineAction({
  who: "member",
  schema: listItemSchema.pick({ listId: true }),
  async run({ listId }, { caller }) {
    const deleted = await deleteFilmList({ userId: caller.id, listId });
    if (!deleted.ok) return refuse(NOT_YOURS);
    const listsPath = `/users/${caller.username}/lists` as const;
    // Not redirectTo: the redirect's page would render before the invalidation reached the cached lists page.
    return done({
      result: { listsPath },
      writes: [listChanged(caller.id, deleted.filmIds)],
      withoutScript: listsPath,
    });
  },
});

export const addToListAction = defineAction({
  who: "member",
  schema: addToListSchema,
  input: (formData) => textFields(formData, ["filmId", "listId", "newTitle", "note"]),
  values: (formData) => textFields(formData, ["listId", "newTitle", "note"]),
  run: ({ filmId, listId, newTitle, note }, { caller }) =>
    withinLimit(caller.id, async () => {
      const list =
        listId === ""
          ? { newList: { title: newTitle, description: null, ranked: false, isPublic: true } }
          : { id: listId };
      const added = await addFilmToList({ userId: caller.id, filmId, note, list });
      if (!added.ok) return refuse(added.reason === "film-gone" ? "This film no longer exists." : NOT_YOURS);
      return done({
        result: { listId: added.listId, isAdded: added.isAdded },
        writes: [listChanged(caller.id, [filmId])],
        withoutScript: `/lists/${added.listId}/edit`,
      });
    }),
});

export const moveListItemAction = defineAction({
  who: "member",
  schema: listItemMoveSchema,
  values: (formData) => textFields(formData, ["position"]),
  run: (move, { caller }) =>
    withinLimit(caller.id, async () => {
      const moved = await moveFilmInList({ userId: caller.id, ...move });
      if (!moved.ok) return refuse(NOT_YOURS);
      return done({ writes: [listChanged(caller.id)] });
    }),
});

export const removeListItemAction = defineAction({
  who: "member",
  schema: listItemSchema,
  run: (item, { caller }) =>
    withinLimit(caller.id, async () => {
      const removed = await removeFilmFromList({ userId: caller.id, ...item });
      if (!removed.ok) return refuse(NOT_YOURS);
      return done({ writes: [listChanged(caller.id, removed.filmIds)] });
    }),
});

export const saveListItemNoteAction = defineAction({
  who: "member",
  schema: listItemNoteSchema,
  input: (formData) => textFields(formData, ["listId", "filmId", "note"]),
  values: (formData) => textFields(formData, ["note"]),
  run: (item, { caller }) =>
    withinLimit(caller.id, async () => {
      const saved = await saveListItemNote({ userId: caller.id, ...item });
      if (!saved.ok) return refuse(NOT_YOURS);
      return done({ writes: [listChanged(caller.id)] });
    }),
});
