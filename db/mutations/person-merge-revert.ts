// Undoes a merge of two people as the duplicate's audit entry recorded it (db/mutations/person-merge.ts).
import { and, eq, getTableName, inArray } from "drizzle-orm";
import type { PersonMerge } from "@/lib/validation/people";
import type { SavedRows } from "@/lib/validation/saved-rows";
import { getPrimaryDb, type Executor } from "../client";
import { credits, externalIds, people, personNames, slugRedirects } from "../schema";
import { readPersonSnapshot } from "../queries/person-snapshot";
import { recordAudit } from "./audit";
import { creditedFilms, redirectSlugs, type PersonPages, type RestoreRemovedPersonResult } from "./people";
import { clearFilledDetails } from "./merge-details";
import { insertRemovedRow, insertSavedRows } from "./saved-rows";

type MergeRecord = PersonMerge["merge"];

/**
 * Takes the duplicate's rows back from the kept person, those still there, and puts every row the duplicate had back
 * as it was saved: credits dropped as the kept person's already come back too. Names the kept person had already
 * went with the duplicate and come back with it.
 */
async function takeBackFilmography(tx: Executor, keptId: number, rows: SavedRows, merge: MergeRecord) {
  await tx.delete(slugRedirects).where(eq(slugRedirects.id, merge.addedRedirect));
  await insertSavedRows(tx, slugRedirects, merge.replaced[getTableName(slugRedirects)]);
  const moved = [
    { table: personNames, ids: merge.moved.otherNames },
    { table: externalIds, ids: merge.moved.externalIds },
    { table: slugRedirects, ids: merge.moved.redirects },
    { table: credits, ids: merge.moved.credits },
  ];
  for (const { table, ids } of moved) {
    await tx.delete(table).where(and(inArray(table.id, ids), eq(table.personId, keptId)));
    await insertSavedRows(tx, table, rows[getTableName(table)]);
  }
  for (const { id, character } of merge.filled.characters) {
    await tx
      .update(credits)
      .set({ character: null })
      .where(and(eq(credits.id, id), eq(credits.character, character)));
  }
}

export type RevertPersonMergeResult = RestoreRemovedPersonResult | { ok: false; reason: "kept-gone" };

/**
 * Undoes a merge as its audit entry recorded it: the duplicate comes back with its own ids, slug, names, external ids
 * and credits, and the kept person loses what the merge gave them. What happened since stays: the kept person's own
 * edits, and credits edited away on a film's page.
 */
export async function revertPersonMerge({
  actorId,
  duplicateId,
  rows,
  merged: { mergedInto: keptId, merge },
}: {
  actorId: number;
  duplicateId: number;
  rows: SavedRows;
  merged: PersonMerge;
}): Promise<RevertPersonMergeResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const kept = await readPersonSnapshot(tx, keptId, { lock: true });
    if (!kept) return { ok: false, reason: "kept-gone" } as const;
    const person = await insertRemovedRow(tx, people, duplicateId, rows);
    if (!person.ok) return person;
    await takeBackFilmography(tx, keptId, rows, merge);
    await clearFilledDetails(tx, people, keptId, { filled: merge.filled.person, keptVersions: merge.keptVersions });

    const duplicate = (await readPersonSnapshot(tx, duplicateId))!.snapshot;
    const keptAfter = (await readPersonSnapshot(tx, keptId))!.snapshot;
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: duplicateId,
      action: "revert",
      before: null,
      after: duplicate,
    });
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: keptId,
      action: "revert",
      before: kept.snapshot,
      after: keptAfter,
    });
    const pages: PersonPages = {
      personIds: [duplicateId, keptId],
      slugs: [duplicate.slug, ...(await redirectSlugs(tx, duplicateId)), keptAfter.slug],
      filmIds: await creditedFilms(tx, [duplicateId, keptId]),
    };
    return { ok: true, pages } as const;
  });
}
