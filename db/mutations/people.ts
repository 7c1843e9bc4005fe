// Admin writes to people: create, edit, delete and bring back, each with its audit rows, slug redirects and no lost
// updates. Merging two people is in person-merge.ts.
import { and, eq, getTableName, inArray, sql } from "drizzle-orm";
import { personSlug } from "@/lib/slugs";
import type { OtherName, PersonFields } from "@/lib/validation/people";
import type { SavedRows } from "@/lib/validation/saved-rows";
import { getPrimaryDb, type Executor } from "../client";
import { credits, people, personNames, slugRedirects } from "../schema";
import { recordAudit } from "./audit";
import { PERSON_ROW_TABLES, readPersonRows } from "../queries/person-rows";
import { readPersonSnapshot, type PersonSnapshot } from "../queries/person-snapshot";
import { freeSlug } from "./free-slug";
import { insertRemovedRow, insertSavedRows, type InsertRemovedResult } from "./saved-rows";

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

/** The person's old slugs, which redirect to them. */
export async function redirectSlugs(tx: Executor, personId: number) {
  return (
    await tx.select({ oldSlug: slugRedirects.oldSlug }).from(slugRedirects).where(eq(slugRedirects.personId, personId))
  ).map((row) => row.oldSlug);
}

/** The films the people are credited on, whose pages show their names. */
export async function creditedFilms(tx: Executor, personIds: number[]) {
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

/**
 * Deletes a person without credits (a filmography is never erased silently: merge or remove the credits first),
 * keeping every row of them in the audit log, so that the deletion can be reverted.
 */
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
    const rows = await readPersonRows(tx, personId);
    await tx.delete(people).where(eq(people.id, personId));
    await recordAudit(tx, {
      actorId,
      entityType: "person",
      entityId: personId,
      action: "delete",
      before: { ...opened.snapshot, rows },
      after: null,
    });
    return { ok: true, pages: { personIds: [personId], slugs, filmIds: [] } } as const;
  });
}

export type RestoreRemovedPersonResult = { ok: true; pages: PersonPages } | Exclude<InsertRemovedResult, { ok: true }>;

/** Reverts a person's deletion: they come back with their other names, external ids and old slugs, under their own ids. */
export async function restoreDeletedPerson({
  actorId,
  personId,
  rows,
}: {
  actorId: number;
  personId: number;
  rows: SavedRows;
}): Promise<RestoreRemovedPersonResult> {
  return getPrimaryDb().transaction(async (tx) => {
    const person = await insertRemovedRow(tx, people, personId, rows);
    if (!person.ok) return person;
    for (const table of PERSON_ROW_TABLES) {
      if (table !== people) await insertSavedRows(tx, table, rows[getTableName(table)]);
    }
    const after = (await readPersonSnapshot(tx, personId))!.snapshot;
    await recordAudit(tx, { actorId, entityType: "person", entityId: personId, action: "revert", before: null, after });
    const pages = {
      personIds: [personId],
      slugs: [after.slug, ...(await redirectSlugs(tx, personId))],
      filmIds: await creditedFilms(tx, [personId]),
    };
    return { ok: true, pages } as const;
  });
}
