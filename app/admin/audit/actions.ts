"use server";

import { redirect } from "next/navigation";
import { refreshFilmPages } from "@/app/_actions/refresh-film-pages";
import { findSignedInAdmin } from "@/auth";
import { getDb } from "@/db/client";
import { readFilmSnapshot, updateFilm } from "@/db/mutations/films";
import { getAuditEntry } from "@/db/queries/admin";
import { parseId } from "@/lib/route-params";
import { filmSnapshotSchema } from "@/lib/validation/films";

export interface RevertState {
  error?: string;
}

/** Puts a film back as it was before an audited change; the revert is itself audited (action "revert"). */
export async function revertChangeAction(_previous: RevertState, formData: FormData): Promise<RevertState> {
  const entryId = parseId(String(formData.get("entryId") ?? ""));
  const admin = await findSignedInAdmin();
  if (!admin) return { error: "Only admins can revert changes." };
  const entry = entryId ? await getAuditEntry(entryId) : undefined;
  if (!entry || entry.entityType !== "film") return { error: "Only changes to films can be reverted here." };
  const earlier = filmSnapshotSchema.safeParse(entry.before);
  if (!earlier.success) return { error: "This change has no earlier version to go back to." };
  const current = await readFilmSnapshot(getDb(), entry.entityId);
  if (!current) return { error: "The film has been deleted." };
  const result = await updateFilm({ actorId: admin.id, filmId: entry.entityId, version: current.version, fields: earlier.data, action: "revert" });
  if (!result.ok) return { error: "The film changed while reverting; try again." };
  refreshFilmPages(entry.entityId, [result.slug, result.oldSlug], result.personIds);
  redirect(`/admin/audit?entity=film&id=${entry.entityId}`);
}
