// Folds a duplicate person into the one to keep. The duplicate's audit entry keeps every row it had and what the merge
// did to the kept person (lib/validation/people.ts, personMergeSchema), for person-merge-revert.ts to undo it.
import { and, asc, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { PersonMerge, PersonReference } from "@/lib/validation/people";
import { getPrimaryDb, type Executor } from "../client";
import { credits, externalIds, people, slugRedirects } from "../schema";
import { readPersonRows } from "../queries/person-rows";
import { readPersonSnapshot, type PersonSnapshot } from "../queries/person-snapshot";
import { recordAudit } from "./audit";
import { emptyFieldsFilled } from "./merge-details";
import { redirectMergedSlug } from "./merged-slug";
import { moveCredits, oneLink } from "./move-credits";
import { creditedFilms, redirectSlugs, type PersonPages } from "./people";
import { idsOf } from "./saved-rows";

type MergeRecord = PersonMerge["merge"];
type FilledFields = MergeRecord["filled"]["person"];

/** The kept person's details that a merge fills in from the duplicate's where the kept person has none. */
const FILLABLE_FIELDS = ["originalName", "birthDate", "birthPlace", "deathDate", "deathPlace", "bio", "photo"] as const;

async function findPersonId(tx: Executor, reference: PersonReference) {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where("id" in reference ? eq(people.id, reference.id) : eq(people.slug, reference.slug))
    .limit(1);
  return person?.id;
}

/** The kept person's empty fields the duplicate has, unless they would make death precede birth. */
function fillEmptyFields(kept: PersonSnapshot, duplicate: PersonSnapshot) {
  const filled = emptyFieldsFilled(FILLABLE_FIELDS, kept, duplicate) as FilledFields;
  const [birthDate, deathDate] = [filled.birthDate ?? kept.birthDate, filled.deathDate ?? kept.deathDate];
  if (birthDate && deathDate && deathDate < birthDate) {
    delete filled.birthDate;
    delete filled.deathDate;
  }
  return filled;
}

/** Gives the kept person the duplicate's other names they lack, after their own; returns the ids moved. */
async function moveOtherNames(tx: Executor, duplicateId: number, keptId: number) {
  const moved = await tx.execute<{ id: number }>(sql`
    update person_names moved
    set person_id = ${keptId},
        position = moved.position
          + coalesce((select max(kept.position) + 1 from person_names kept where kept.person_id = ${keptId}), 0)
    where moved.person_id = ${duplicateId}
      and not exists (select from person_names kept where kept.person_id = ${keptId} and kept.name = moved.name)
    returning moved.id`);
  return moved.map((row) => row.id);
}

/**
 * Gives the kept person the duplicate's credits (moveCredits), other names, external ids and old slugs; returns
 * what moved and what was dropped, for a revert to take back. `creditIds` are the duplicate's credits before.
 */
async function moveFilmography(tx: Executor, duplicateId: number, keptId: number, creditIds: number[]) {
  const credits = await moveCredits(tx, { of: "person", links: oneLink(duplicateId, keptId) });
  const otherNames = await moveOtherNames(tx, duplicateId, keptId);
  // External ids are unique per source among all people, so the two cannot share one: all of them move.
  const ids = await tx
    .update(externalIds)
    .set({ personId: keptId })
    .where(eq(externalIds.personId, duplicateId))
    .returning({ id: externalIds.id });
  const redirects = await tx
    .update(slugRedirects)
    .set({ personId: keptId })
    .where(eq(slugRedirects.personId, duplicateId))
    .returning({ id: slugRedirects.id });
  return {
    moved: {
      credits: creditIds.filter((id) => !credits.dropped.includes(id)),
      otherNames,
      externalIds: ids.map((row) => row.id),
      redirects: redirects.map((row) => row.id),
    },
    droppedCredits: credits.dropped,
    characters: credits.characters,
  };
}

export type MergePeopleResult =
  | { ok: true; keptId: number; pages: PersonPages }
  | { ok: false; reason: "same-person" | "duplicate-not-found" | "kept-not-found" };

/**
 * Folds a duplicate into the person to keep: credits, external ids, other names and old slugs move over, the
 * duplicate's slug redirects to the kept person, empty fields are filled from the duplicate, and the duplicate is
 * deleted.
 */
export async function mergePeople({
  actorId,
  duplicateId,
  keep,
}: {
  actorId: number;
  duplicateId: number;
  keep: PersonReference;
}): Promise<MergePeopleResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const keptId = await findPersonId(tx, keep);
    if (!keptId) return { ok: false, reason: "kept-not-found" } as const;
    if (keptId === duplicateId) return { ok: false, reason: "same-person" } as const;
    // Both locked in id order, so two merges of the same pair wait for each other instead of deadlocking.
    await tx
      .select({ id: people.id })
      .from(people)
      .where(inArray(people.id, [duplicateId, keptId]))
      .orderBy(asc(people.id))
      .for("update");
    const [duplicate, kept] = [await readPersonSnapshot(tx, duplicateId), await readPersonSnapshot(tx, keptId)];
    if (!duplicate) return { ok: false, reason: "duplicate-not-found" } as const;
    if (!kept) return { ok: false, reason: "kept-not-found" } as const;

    const filmIds = await creditedFilms(tx, [duplicateId, keptId]);
    const movedSlugs = await redirectSlugs(tx, duplicateId);
    const rows = await readPersonRows(tx, duplicateId);
    const moved = await moveFilmography(tx, duplicateId, keptId, idsOf(rows[getTableName(credits)]));
    const filled = fillEmptyFields(kept.snapshot, duplicate.snapshot);
    await tx
      .update(people)
      .set({ ...filled, updatedAt: sql`clock_timestamp()` })
      .where(eq(people.id, keptId));
    await tx.delete(people).where(eq(people.id, duplicateId));
    // An old slug of the duplicate's that is the kept person's own now would lead to itself.
    await tx
      .delete(slugRedirects)
      .where(and(eq(slugRedirects.oldSlug, kept.snapshot.slug), eq(slugRedirects.personId, keptId)));
    const redirect = await redirectMergedSlug(tx, duplicate.snapshot.slug, { personId: keptId });

    const after = (await readPersonSnapshot(tx, keptId))!;
    const merge: MergeRecord = {
      keptVersions: { before: kept.version, after: after.version },
      moved: moved.moved,
      droppedCredits: moved.droppedCredits,
      addedRedirect: redirect.addedId,
      replaced: { [getTableName(slugRedirects)]: redirect.replaced },
      filled: { person: filled, characters: moved.characters },
    };
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: duplicateId,
      action: "merge",
      before: { ...duplicate.snapshot, rows },
      after: { mergedInto: keptId, merge } satisfies PersonMerge,
    });
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: keptId,
      action: "merge",
      before: kept.snapshot,
      after: { ...after.snapshot, mergedFrom: duplicateId },
    });
    const slugs = [kept.snapshot.slug, duplicate.snapshot.slug, ...movedSlugs];
    return { ok: true, keptId, pages: { personIds: [duplicateId, keptId], slugs, filmIds } } as const;
  });
}
