// What a film merge does to members' lists, and its revert: the duplicate's place on each list goes to the kept film.
import { and, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { FilmMerge } from "@/lib/validation/films";
import type { SavedRows } from "@/lib/validation/saved-rows";
import type { Executor } from "../client";
import { filmListItems } from "../schema";
import { insertSavedRows } from "./saved-rows";

export type ListItemsMerge = FilmMerge["merge"]["listItems"];

/**
 * Puts the kept film where the duplicate was on every list. A list that held both keeps one item, at the better
 * (lower) of the two positions, with the kept film's note, and the films after the dropped place move up one: the
 * list stays in order and dense. Returns what a revert needs to undo exactly that.
 */
export async function moveListItems(tx: Executor, duplicateId: number, keptId: number): Promise<ListItemsMerge> {
  const folded = await tx.execute<{ list_id: number; duplicate_position: number; kept_position: number }>(sql`
    select duplicate.list_id, duplicate.position as duplicate_position, kept.position as kept_position
    from ${filmListItems} duplicate
    join ${filmListItems} kept on kept.list_id = duplicate.list_id and kept.film_id = ${keptId}
    where duplicate.film_id = ${duplicateId}
    order by duplicate.list_id`);
  for (const { list_id: listId, duplicate_position: dropped, kept_position: kept } of folded) {
    await tx.delete(filmListItems).where(and(eq(filmListItems.listId, listId), eq(filmListItems.filmId, duplicateId)));
    await tx
      .update(filmListItems)
      .set({ position: Math.min(dropped, kept) })
      .where(and(eq(filmListItems.listId, listId), eq(filmListItems.filmId, keptId)));
    await tx.execute(sql`
      update ${filmListItems} set position = position - 1
      where list_id = ${listId} and position > ${Math.max(dropped, kept)}`);
  }
  const moved = await tx
    .update(filmListItems)
    .set({ filmId: keptId })
    .where(eq(filmListItems.filmId, duplicateId))
    .returning({ listId: filmListItems.listId });
  return {
    movedOf: moved.map((row) => row.listId),
    folded: folded.map((row) => ({
      listId: row.list_id,
      duplicatePosition: row.duplicate_position,
      keptPosition: row.kept_position,
    })),
  };
}

/**
 * Gives the duplicate its places back: its items the merge moved (one removed since stays removed), and on the lists
 * that held both, its saved item at its old position, the kept film and the films after it where they were.
 */
export async function takeBackListItems(
  tx: Executor,
  { duplicateId, keptId }: { duplicateId: number; keptId: number },
  rows: SavedRows,
  { movedOf, folded }: ListItemsMerge,
) {
  if (movedOf.length > 0) {
    await tx
      .update(filmListItems)
      .set({ filmId: duplicateId })
      .where(and(eq(filmListItems.filmId, keptId), inArray(filmListItems.listId, movedOf)));
  }
  for (const { listId, duplicatePosition, keptPosition } of folded) {
    await tx.execute(sql`
      update ${filmListItems} set position = position + 1
      where list_id = ${listId} and film_id <> ${keptId}
        and position >= ${Math.max(duplicatePosition, keptPosition)}`);
    await tx
      .update(filmListItems)
      .set({ position: keptPosition })
      .where(and(eq(filmListItems.listId, listId), eq(filmListItems.filmId, keptId)));
  }
  const foldedLists = folded.map((row) => row.listId);
  const saved = (rows[getTableName(filmListItems)] ?? []).filter((row) => foldedLists.includes(Number(row.list_id)));
  await insertSavedRows(tx, filmListItems, saved);
}
