"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import type { Write } from "@/app/_data/invalidation";
import { getPrimaryDb } from "@/db/client";
import { MissingPeopleError } from "@/db/mutations/film-sections";
import { revertFilmMerge, type RevertFilmMergeResult } from "@/db/mutations/film-merge-revert";
import { restoreDeletedFilm, restoreFilm } from "@/db/mutations/films";
import { restoreDeletedPerson, updatePerson } from "@/db/mutations/people";
import { revertPersonMerge, type RevertPersonMergeResult } from "@/db/mutations/person-merge-revert";
import { readPersonSnapshot } from "@/db/queries/person-snapshot";
import { getAuditEntry } from "@/db/queries/admin";
import { idField } from "@/lib/validation/fields";
import { filmMergeSchema, filmSnapshotSchema } from "@/lib/validation/films";
import { personMergeSchema, personSnapshotSchema } from "@/lib/validation/people";
import { removedRowsSchema } from "@/lib/validation/saved-rows";
import { canRevert } from "./_components/can-revert";

type AuditEntry = NonNullable<Awaited<ReturnType<typeof getAuditEntry>>>;

const NOT_REVERTIBLE = "Only changes to films and people can be reverted here.";

/** Puts a film or a person back as it was before an audited change; the revert is itself audited (action "revert"). */
export const revertChangeAction = defineAction({
  who: "admin",
  schema: z.object({ entryId: idField(NOT_REVERTIBLE) }),
  async run({ entryId }, { caller }) {
    const entry = await getAuditEntry(entryId);
    if (!entry || (entry.entityType !== "film" && entry.entityType !== "person")) return refuse(NOT_REVERTIBLE);
    const reverted =
      entry.entityType === "film"
        ? await revertFilmChange(caller.id, entry)
        : await revertPersonChange(caller.id, entry);
    if (typeof reverted === "string") return refuse(reverted);
    return done({ writes: reverted, redirectTo: `/admin/audit?entity=${entry.entityType}&id=${entry.entityId}` });
  },
});

/** Why the film could not be reverted, or what the revert changed. */
async function revertFilmChange(actorId: number, entry: AuditEntry): Promise<string | Write[]> {
  if (entry.action === "delete" || entry.action === "merge") return revertFilmRemoval(actorId, entry);
  const earlier = filmSnapshotSchema.safeParse(entry.before);
  if (!earlier.success) return "This change has no earlier version to go back to.";
  let result;
  try {
    result = await restoreFilm({ actorId, filmId: entry.entityId, snapshot: earlier.data });
  } catch (error) {
    if (!(error instanceof MissingPeopleError)) throw error;
    return "Someone credited in that version has since been deleted or merged; edit the credits by hand.";
  }
  if (!result.ok)
    return result.reason === "not-found"
      ? "The film has been deleted."
      : "The film changed while reverting; try again.";
  return [
    {
      kind: "film-changed",
      filmId: entry.entityId,
      slugs: [result.slug, result.oldSlug],
      personIds: result.personIds,
    },
  ];
}

/** Brings back a deleted film, or a film merged into another, with the rows its entry kept. */
async function revertFilmRemoval(actorId: number, entry: AuditEntry): Promise<string | Write[]> {
  const removed = removedRowsSchema.safeParse(entry.before);
  const merged = filmMergeSchema.safeParse(entry.after);
  if (!canRevert(entry) || !removed.success || (entry.action === "merge" && !merged.success))
    return entry.action === "merge"
      ? "A merge is reverted from the entry of the film merged away, which keeps what moved."
      : "This deletion was logged before deletions kept the film's reviews, so it cannot be reverted.";
  const { rows } = removed.data;
  const filmId = entry.entityId;
  if (!merged.success) {
    const result = await restoreDeletedFilm({ actorId, filmId, rows });
    return result.ok ? [{ kind: "film-restored", ...result.restored }] : removalRefusal(result);
  }
  const result = await revertFilmMerge({ actorId, duplicateId: filmId, rows, merged: merged.data });
  if (!result.ok) return removalRefusal(result);
  return [
    { kind: "film-restored", ...result.restored },
    { kind: "film-changed", ...result.kept },
  ];
}

function removalRefusal(refusal: Exclude<RevertFilmMergeResult, { ok: true }>) {
  if (refusal.reason === "slug-taken")
    return `Another film now has its address, /films/${refusal.slug}: rename that film first.`;
  return refusal.reason === "back-already"
    ? "The film is back already."
    : "The film it was merged into has since been deleted or merged itself: revert that first.";
}

/** Why the person could not be reverted, or what the revert changed. */
async function revertPersonChange(actorId: number, entry: AuditEntry): Promise<string | Write[]> {
  if (entry.action === "delete" || entry.action === "merge") return revertPersonRemoval(actorId, entry);
  const earlier = personSnapshotSchema.safeParse(entry.before);
  if (!earlier.success) return "This change has no earlier version to go back to.";
  if (!canRevert(entry)) return "This change cannot be reverted here.";
  const current = await readPersonSnapshot(getPrimaryDb(), entry.entityId);
  if (!current) return "The person has been deleted or merged into another.";
  const result = await updatePerson({
    actorId,
    personId: entry.entityId,
    version: current.version,
    fields: earlier.data,
    action: "revert",
  });
  if (!result.ok) return "The person changed while reverting; try again.";
  return [{ kind: "people-changed", ...result.pages }];
}

/** Brings back a deleted person, or one merged into another, with the rows their entry kept. */
async function revertPersonRemoval(actorId: number, entry: AuditEntry): Promise<string | Write[]> {
  const removed = removedRowsSchema.safeParse(entry.before);
  const merged = personMergeSchema.safeParse(entry.after);
  if (!canRevert(entry) || !removed.success || (entry.action === "merge" && !merged.success))
    return entry.action === "merge"
      ? "A merge is reverted from the entry of the person merged away, which keeps what moved."
      : "This deletion was logged before deletions kept the person's rows, so it cannot be reverted.";
  const { rows } = removed.data;
  const result = merged.success
    ? await revertPersonMerge({ actorId, duplicateId: entry.entityId, rows, merged: merged.data })
    : await restoreDeletedPerson({ actorId, personId: entry.entityId, rows });
  return result.ok ? [{ kind: "people-changed", ...result.pages }] : personRemovalRefusal(result);
}

function personRemovalRefusal(refusal: Exclude<RevertPersonMergeResult, { ok: true }>) {
  if (refusal.reason === "slug-taken")
    return `Another person now has their address, /people/${refusal.slug}: rename that person first.`;
  return refusal.reason === "back-already"
    ? "The person is back already."
    : "The person they were merged into has since been deleted or merged themselves: revert that first.";
}
