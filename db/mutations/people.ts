// Admin writes to people: create, edit, delete and merge, each with its audit rows, slug redirects and no lost updates.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { personSlug } from "@/lib/slugs";
import type { OtherName, PersonFields, PersonReference } from "@/lib/validation/people";
import { getPrimaryDb, type Executor } from "../client";
import { credits, externalIds, people, personNames, slugRedirects } from "../schema";
import { recordAudit } from "./audit";
import { readPersonSnapshot, type PersonSnapshot } from "../queries/person-snapshot";
import { freeSlug } from "./free-slug";

/** The cached pages a change to people shows on: theirs (by id and by every slug) and the films they are credited on. */
export interface PersonPages {
  personIds: number[];
  slugs: string[];
  filmIds: number[];
}

/**
 * Makes `oldSlug` answer with a redirect to the person now at `currentSlug`. A redirect another person held on
 * `oldSlug` was hidden by this person's page and is taken over; one of theirs on `currentSlug` (a rename back) goes.
 */
async function redirectSlug(tx: Executor, personId: number, oldSlug: string, currentSlug: string) {
  await tx
    .delete(slugRedirects)
    .where(and(eq(slugRedirects.oldSlug, currentSlug), eq(slugRedirects.personId, personId)));
  await tx
    .insert(slugRedirects)
    .values({ oldSlug, personId })
    .onConflictDoUpdate({
      target: slugRedirects.oldSlug,
      targetWhere: sql`person_id is not null`,
      set: { personId, createdAt: sql`now()` },
    });
}

async function redirectSlugs(tx: Executor, personId: number) {
  return (
    await tx.select({ oldSlug: slugRedirects.oldSlug }).from(slugRedirects).where(eq(slugRedirects.personId, personId))
  ).map((row) => row.oldSlug);
}

/** The films the people are credited on, whose pages show their names. */
async function creditedFilms(tx: Executor, personIds: number[]) {
  return (
    await tx.selectDistinct({ filmId: credits.filmId }).from(credits).where(inArray(credits.personId, personIds))
  ).map((row) => row.filmId);
}

/** Adds a person with its audit row inside the caller's transaction (the credits editor creates people too). */
export async function insertPerson(
  tx: Executor,
  actorId: number,
  fields: Pick<PersonFields, "name"> & Partial<PersonFields>,
) {
  const slug = await freeSlug(tx, people, personSlug(fields.name));
  const [person] = await tx
    .insert(people)
    .values({ ...fields, slug })
    .returning({ id: people.id });
  const after = (await readPersonSnapshot(tx, person!.id))!.snapshot;
  await recordAudit(tx, { actorId, entityType: "person", entityId: person!.id, action: "create", before: null, after });
  return { id: person!.id, slug };
}

export async function createPerson({ actorId, fields }: { actorId: number; fields: PersonFields }) {
  return getPrimaryDb().transaction(async (tx) => {
    const { id, slug } = await insertPerson(tx, actorId, fields);
    return { id, pages: { personIds: [id], slugs: [slug], filmIds: [] } satisfies PersonPages };
  });
}

/** Replaces the person's other names with `otherNames`, in their order. */
async function writeOtherNames(tx: Executor, personId: number, otherNames: OtherName[]) {
  await tx.delete(personNames).where(eq(personNames.personId, personId));
  if (otherNames.length > 0)
    await tx
      .insert(personNames)
      .values(otherNames.map((otherName, position) => ({ ...otherName, personId, position })));
}

export type UpdatePersonResult =
  | { ok: true; pages: PersonPages }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "changed"; current: PersonSnapshot; version: string };

/**
 * Saves an admin's edit if the person is still as they opened it (`version`); otherwise nothing is written and
 * the current person is returned, so the form can show what changed. A new name moves the slug, and the old one
 * answers with a 301 (slug_redirects).
 */
export async function updatePerson({
  actorId,
  personId,
  version,
  fields,
  action = "update",
}: {
  actorId: number;
  personId: number;
  version: string;
  /**
   * What changes: the form's fields, the photo (an upload), the other names (their editor), or all of them (a
   * revert). What is left out stays as it is.
   */
  fields: Partial<PersonFields> & { photo?: string | null; otherNames?: OtherName[] };
  action?: string;
}): Promise<UpdatePersonResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const opened = await readPersonSnapshot(tx, personId, { lock: true });
    if (!opened) return { ok: false, reason: "not-found" } as const;
    if (opened.version !== version)
      return { ok: false, reason: "changed", current: opened.snapshot, version: opened.version } as const;
    const before = opened.snapshot;
    const { otherNames, ...columns } = fields;
    const slug = columns.name ? await freeSlug(tx, people, personSlug(columns.name), personId) : before.slug;
    await tx
      .update(people)
      .set({ ...columns, slug, updatedAt: sql`clock_timestamp()` })
      .where(eq(people.id, personId));
    if (otherNames) await writeOtherNames(tx, personId, otherNames);
    if (slug !== before.slug) await redirectSlug(tx, personId, before.slug, slug);
    const after = (await readPersonSnapshot(tx, personId))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "person", entityId: personId, action, before, after });
    return {
      ok: true,
      pages: { personIds: [personId], slugs: [slug, before.slug], filmIds: await creditedFilms(tx, [personId]) },
    } as const;
  });
}

export type DeletePersonResult = { ok: true; pages: PersonPages } | { ok: false; reason: "not-found" | "has-credits" };

/** Deletes a person without credits (a filmography is never erased silently: merge or remove the credits first). */
export async function deletePerson({
  actorId,
  personId,
}: {
  actorId: number;
  personId: number;
}): Promise<DeletePersonResult> {
  return getPrimaryDb().transaction(async (tx) => {
    // The row lock also holds off a new credit, whose foreign key check must share-lock the person.
    const opened = await readPersonSnapshot(tx, personId, { lock: true });
    if (!opened) return { ok: false, reason: "not-found" } as const;
    const [credit] = await tx.select({ id: credits.id }).from(credits).where(eq(credits.personId, personId)).limit(1);
    if (credit) return { ok: false, reason: "has-credits" } as const;
    const slugs = [opened.snapshot.slug, ...(await redirectSlugs(tx, personId))];
    await tx.delete(people).where(eq(people.id, personId));
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: personId,
      action: "delete",
      before: opened.snapshot,
      after: null,
    });
    return { ok: true, pages: { personIds: [personId], slugs, filmIds: [] } } as const;
  });
}

async function findPersonId(tx: Executor, reference: PersonReference) {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where("id" in reference ? eq(people.id, reference.id) : eq(people.slug, reference.slug))
    .limit(1);
  return person?.id;
}

/**
 * Gives the kept person the duplicate's credits. Where both are credited in the same role on a film (the unique
 * key), the kept credit stays, taking the duplicate's character if it had none.
 */
async function moveCredits(tx: Executor, duplicateId: number, keptId: number) {
  await tx.execute(sql`
    update credits kept set character = moved.character
    from credits moved
    where kept.person_id = ${keptId} and moved.person_id = ${duplicateId}
      and moved.film_id = kept.film_id and moved.role = kept.role
      and kept.character is null and moved.character is not null`);
  await tx.execute(sql`
    delete from credits moved using credits kept
    where moved.person_id = ${duplicateId} and kept.person_id = ${keptId}
      and kept.film_id = moved.film_id and kept.role = moved.role`);
  await tx.update(credits).set({ personId: keptId }).where(eq(credits.personId, duplicateId));
}

/** Gives the kept person the duplicate's other names they lack, after their own. */
async function moveOtherNames(tx: Executor, duplicateId: number, keptId: number) {
  await tx.execute(sql`
    update person_names moved
    set person_id = ${keptId},
        position = moved.position
          + coalesce((select max(kept.position) + 1 from person_names kept where kept.person_id = ${keptId}), 0)
    where moved.person_id = ${duplicateId}
      and not exists (select from person_names kept where kept.person_id = ${keptId} and kept.name = moved.name)`);
}

/** The kept person's fields, its empty ones filled from the duplicate's, unless that would make death precede birth. */
function fillEmptyFields(kept: PersonSnapshot, duplicate: PersonSnapshot) {
  const filled = {
    originalName: kept.originalName ?? duplicate.originalName,
    birthDate: kept.birthDate ?? duplicate.birthDate,
    birthPlace: kept.birthPlace ?? duplicate.birthPlace,
    deathDate: kept.deathDate ?? duplicate.deathDate,
    deathPlace: kept.deathPlace ?? duplicate.deathPlace,
    bio: kept.bio ?? duplicate.bio,
  };
  const isPossible = !filled.birthDate || !filled.deathDate || filled.deathDate >= filled.birthDate;
  return isPossible ? filled : { ...filled, birthDate: kept.birthDate, deathDate: kept.deathDate };
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
    await moveCredits(tx, duplicateId, keptId);
    // External ids are unique per source among all people, so the two cannot share one: all of them move.
    await tx.update(externalIds).set({ personId: keptId }).where(eq(externalIds.personId, duplicateId));
    await tx.update(slugRedirects).set({ personId: keptId }).where(eq(slugRedirects.personId, duplicateId));
    await moveOtherNames(tx, duplicateId, keptId);
    await tx
      .update(people)
      .set({
        ...fillEmptyFields(kept.snapshot, duplicate.snapshot),
        photo: sql`coalesce(${people.photo}, (select d.photo from people d where d.id = ${duplicateId}))`,
        updatedAt: sql`clock_timestamp()`,
      })
      .where(eq(people.id, keptId));
    await tx.delete(people).where(eq(people.id, duplicateId));
    await redirectSlug(tx, keptId, duplicate.snapshot.slug, kept.snapshot.slug);

    const after = (await readPersonSnapshot(tx, keptId))!.snapshot;
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: duplicateId,
      action: "merge",
      before: duplicate.snapshot,
      after: { mergedInto: keptId },
    });
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: keptId,
      action: "merge",
      before: kept.snapshot,
      after: { ...after, mergedFrom: duplicateId },
    });
    const slugs = [kept.snapshot.slug, duplicate.snapshot.slug, ...movedSlugs];
    return { ok: true, keptId, pages: { personIds: [duplicateId, keptId], slugs, filmIds } } as const;
  });
}
