"use server";

import { redirect } from "next/navigation";
import { invalidateAfter } from "@/app/_data/invalidation";
import { findSignedInAdmin } from "@/auth";
import { getPrimaryDb } from "@/db/client";
import { MissingPeopleError } from "@/db/mutations/film-sections";
import { restoreFilm } from "@/db/mutations/films";
import { updatePerson } from "@/db/mutations/people";
import { readPersonSnapshot } from "@/db/queries/person-snapshot";
import { getAuditEntry } from "@/db/queries/admin";
import { parseId } from "@/lib/route-params";
import { filmSnapshotSchema } from "@/lib/validation/films";
import { personSnapshotSchema } from "@/lib/validation/people";
import { canRevert } from "./_components/can-revert";

export interface RevertState {
  error?: string;
}

type AuditEntry = NonNullable<Awaited<ReturnType<typeof getAuditEntry>>>;

/** Puts a film or a person back as it was before an audited change; the revert is itself audited (action "revert"). */
export async function revertChangeAction(_previous: RevertState, formData: FormData): Promise<RevertState> {
  const entryId = parseId(String(formData.get("entryId") ?? ""));
  const admin = await findSignedInAdmin();
  if (!admin) return { error: "Only admins can revert changes." };
  const entry = entryId ? await getAuditEntry(entryId) : undefined;
  if (!entry || (entry.entityType !== "film" && entry.entityType !== "person"))
    return { error: "Only changes to films and people can be reverted here." };
  const error =
    entry.entityType === "film" ? await revertFilmChange(admin.id, entry) : await revertPersonChange(admin.id, entry);
  if (error) return { error };
  redirect(`/admin/audit?entity=${entry.entityType}&id=${entry.entityId}`);
}

/** Why the film could not be reverted, or nothing once it is. */
async function revertFilmChange(actorId: number, entry: AuditEntry): Promise<string | undefined> {
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
  await invalidateAfter({
    kind: "film-changed",
    filmId: entry.entityId,
    slugs: [result.slug, result.oldSlug],
    personIds: result.personIds,
  });
}

/** Why the person could not be reverted, or nothing once they are. */
async function revertPersonChange(actorId: number, entry: AuditEntry): Promise<string | undefined> {
  const earlier = personSnapshotSchema.safeParse(entry.before);
  if (!earlier.success) return "This change has no earlier version to go back to.";
  if (!canRevert(entry)) return "A merge or deletion cannot be reverted here.";
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
  await invalidateAfter({ kind: "people-changed", ...result.pages });
}
