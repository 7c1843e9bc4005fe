// Members' own lists of films: made, edited and deleted by their owner alone, each write one transaction. Positions
// are 1-based; every write that moves or takes out an item numbers the list again 1..n, so it stays dense.
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { slugBase, slugCandidate } from "@/lib/slugs";
import { getPrimaryDb, type Executor } from "../client";
import { filmListItems, filmLists, films } from "../schema";

export interface FilmListFields {
  title: string;
  description: string | null;
  ranked: boolean;
  isPublic: boolean;
}

/** The films a list holds, whose "in N lists" a change of the list as a whole (deleted, made private) changes. */
async function filmIdsOf(tx: Executor, listId: number) {
  const items = await tx
    .select({ filmId: filmListItems.filmId })
    .from(filmListItems)
    .where(eq(filmListItems.listId, listId));
  return items.map((item) => item.filmId);
}

/** The first slug from the title free among the member's lists, the list's own counting as free. */
async function freeListSlug(tx: Executor, userId: number, title: string, ownId?: number) {
  const base = slugBase(title) || "list";
  for (let attempt = 1; ; attempt += 1) {
    const candidate = slugCandidate(base, attempt);
    const [taken] = await tx
      .select({ id: filmLists.id })
      .from(filmLists)
      .where(
        and(eq(filmLists.userId, userId), eq(filmLists.slug, candidate), ownId ? ne(filmLists.id, ownId) : undefined),
      )
      .limit(1);
    if (!taken) return candidate;
  }
}

/**
 * The member's list, locked for the rest of the transaction so that two writes to it number its items one after the
 * other; undefined when it is not theirs (or gone), which the actions answer alike.
 */
async function lockOwnList(tx: Executor, userId: number, listId: number) {
  const [list] = await tx
    .select({ id: filmLists.id, slug: filmLists.slug, isPublic: filmLists.isPublic })
    .from(filmLists)
    .where(and(eq(filmLists.id, listId), eq(filmLists.userId, userId)))
    .for("update");
  return list;
}

async function touch(tx: Executor, listId: number) {
  await tx
    .update(filmLists)
    .set({ updatedAt: sql`clock_timestamp()` })
    .where(eq(filmLists.id, listId));
}

export async function createFilmList({ userId, fields }: { userId: number; fields: FilmListFields }) {
  return getPrimaryDb().transaction((tx) => insertList(tx, userId, fields));
}

async function insertList(tx: Executor, userId: number, fields: FilmListFields) {
  // Two lists of one title made at once would race for the slug: one lock per member keeps them in turn.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('film-lists'), ${userId})`);
  const slug = await freeListSlug(tx, userId, fields.title);
  const [list] = await tx
    .insert(filmLists)
    .values({ userId, slug, ...fields })
    .returning({ id: filmLists.id, slug: filmLists.slug });
  return list!;
}

export type OwnListResult<Extra = object> =
  ({ ok: true; filmIds: number[] } & Extra) | { ok: false; reason: "not-own" };

/** Saves the list's details; a new title gives it a new slug. The films it holds, for their "in N lists". */
export async function updateFilmList({
  userId,
  listId,
  fields,
}: {
  userId: number;
  listId: number;
  fields: FilmListFields;
}): Promise<OwnListResult<{ slug: string }>> {
  return getPrimaryDb().transaction(async (tx) => {
    const list = await lockOwnList(tx, userId, listId);
    if (!list) return { ok: false, reason: "not-own" } as const;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('film-lists'), ${userId})`);
    const slug = await freeListSlug(tx, userId, fields.title, listId);
    await tx
      .update(filmLists)
      .set({ ...fields, slug, updatedAt: sql`clock_timestamp()` })
      .where(eq(filmLists.id, listId));
    return { ok: true, slug, filmIds: await filmIdsOf(tx, listId) } as const;
  });
}

export async function deleteFilmList({ userId, listId }: { userId: number; listId: number }): Promise<OwnListResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const list = await lockOwnList(tx, userId, listId);
    if (!list) return { ok: false, reason: "not-own" } as const;
    const filmIds = await filmIdsOf(tx, listId);
    await tx.delete(filmLists).where(eq(filmLists.id, listId));
    return { ok: true, filmIds } as const;
  });
}

export type AddToListResult =
  { ok: true; listId: number; slug: string; isAdded: boolean } | { ok: false; reason: "not-own" | "film-gone" };

/**
 * Puts the film at the end of one of the member's lists, or of a new list made with `newList`; a film already on the
 * list stays where it is, its note replaced when one is given.
 */
export async function addFilmToList({
  userId,
  filmId,
  note,
  list,
}: {
  userId: number;
  filmId: number;
  note: string | null;
  list: { id: number } | { newList: FilmListFields };
}): Promise<AddToListResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const [film] = await tx.select({ id: films.id }).from(films).where(eq(films.id, filmId)).for("share");
    if (!film) return { ok: false, reason: "film-gone" } as const;
    const target = "id" in list ? await lockOwnList(tx, userId, list.id) : await insertList(tx, userId, list.newList);
    if (!target) return { ok: false, reason: "not-own" } as const;
    const added = await tx.execute(sql`
      insert into ${filmListItems} (list_id, film_id, position, note)
      select ${target.id}, ${filmId}, coalesce(max(position), 0) + 1, ${note}
      from ${filmListItems} where list_id = ${target.id}
      on conflict (list_id, film_id) do nothing
      returning film_id`);
    if (added.length === 0 && note !== null) {
      await tx
        .update(filmListItems)
        .set({ note })
        .where(and(eq(filmListItems.listId, target.id), eq(filmListItems.filmId, filmId)));
    }
    await touch(tx, target.id);
    return { ok: true, listId: target.id, slug: target.slug, isAdded: added.length > 0 } as const;
  });
}

/** Numbers the list's items 1..n in `order` (film ids), in one statement. */
async function renumber(tx: Executor, listId: number, order: number[]) {
  if (order.length === 0) return;
  await tx.execute(sql`
    update ${filmListItems} set position = ordered.position
    from unnest(${`{${order.join(",")}}`}::int[]) with ordinality as ordered(film_id, position)
    where ${filmListItems.listId} = ${listId} and ${filmListItems.filmId} = ordered.film_id`);
}

async function orderOf(tx: Executor, listId: number) {
  const items = await tx
    .select({ filmId: filmListItems.filmId })
    .from(filmListItems)
    .where(eq(filmListItems.listId, listId))
    .orderBy(asc(filmListItems.position), asc(filmListItems.addedAt), asc(filmListItems.filmId));
  return items.map((item) => item.filmId);
}

/**
 * Moves the film to `position` in the list (clamped to 1..n), the others keeping their order around it. A film not on
 * the list is no error: a second tab may have taken it off.
 */
export async function moveFilmInList({
  userId,
  listId,
  filmId,
  position,
}: {
  userId: number;
  listId: number;
  filmId: number;
  position: number;
}): Promise<OwnListResult> {
  return getPrimaryDb().transaction(async (tx) => {
    if (!(await lockOwnList(tx, userId, listId))) return { ok: false, reason: "not-own" } as const;
    const order = await orderOf(tx, listId);
    const from = order.indexOf(filmId);
    if (from === -1) return { ok: true, filmIds: [] } as const;
    order.splice(from, 1);
    order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, filmId);
    await renumber(tx, listId, order);
    await touch(tx, listId);
    return { ok: true, filmIds: [] } as const;
  });
}

export async function removeFilmFromList({
  userId,
  listId,
  filmId,
}: {
  userId: number;
  listId: number;
  filmId: number;
}): Promise<OwnListResult> {
  return getPrimaryDb().transaction(async (tx) => {
    if (!(await lockOwnList(tx, userId, listId))) return { ok: false, reason: "not-own" } as const;
    const removed = await tx
      .delete(filmListItems)
      .where(and(eq(filmListItems.listId, listId), eq(filmListItems.filmId, filmId)))
      .returning({ filmId: filmListItems.filmId });
    await renumber(tx, listId, await orderOf(tx, listId));
    await touch(tx, listId);
    return { ok: true, filmIds: removed.map((item) => item.filmId) } as const;
  });
}

export async function saveListItemNote({
  userId,
  listId,
  filmId,
  note,
}: {
  userId: number;
  listId: number;
  filmId: number;
  note: string | null;
}): Promise<OwnListResult> {
  return getPrimaryDb().transaction(async (tx) => {
    if (!(await lockOwnList(tx, userId, listId))) return { ok: false, reason: "not-own" } as const;
    await tx
      .update(filmListItems)
      .set({ note })
      .where(and(eq(filmListItems.listId, listId), eq(filmListItems.filmId, filmId)));
    await touch(tx, listId);
    return { ok: true, filmIds: [] } as const;
  });
}
