// Reverting a merge of two people, and a person's deletion, from the audit log. On a database of its own: "put back
// exactly" is checked on every table, which other files' writes would disturb.
import { and, asc, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { createFilm } from "@/db/mutations/films";
import { createPerson, deletePerson, updatePerson } from "@/db/mutations/people";
import { mergePeople } from "@/db/mutations/person-merge";
import { readPersonSnapshot } from "@/db/queries/person-snapshot";
import { findRenamedPersonSlug } from "@/db/queries/redirects";
import { auditLog, credits, externalIds, people, slugRedirects } from "@/db/schema";
import { seedDemoCatalogue } from "@/db/seed";
import { cacheTags } from "@/lib/cache-tags";
import type { OtherName, PersonFields } from "@/lib/validation/people";
import { signedInAs, updateTag } from "../support/action-stubs";
import { createScratchDatabase } from "../support/scratch-database";
import { tableSnapshot } from "../support/table-snapshot";
import { demoAdmin } from "../support/demo-accounts";

// The revert action runs for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
const { revertChangeAction } = await import("@/app/[locale]/admin/audit/actions");

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

beforeAll(async () => {
  scratch = await createScratchDatabase("person_merge_revert");
  process.env.DATABASE_URL = scratch.url;
  await seedDemoCatalogue(getDb());
});

afterAll(async () => {
  await getDb().$client.end();
  await scratch?.drop();
});

beforeEach(() => updateTag.mockClear());

let made = 0;

/** A person made through the admin's mutation, named uniquely in this file. */
async function newPerson(name: string, fields: Partial<PersonFields> = {}) {
  made += 1;
  const created = await createPerson({
    actorId: (await demoAdmin()).id,
    fields: {
      name: `${name} ${made}`,
      originalName: null,
      birthDate: null,
      birthPlace: null,
      deathDate: null,
      deathPlace: null,
      bio: null,
      ...fields,
    },
  });
  return { id: created.id, slug: created.pages.slugs[0]! };
}

async function edit(personId: number, fields: Partial<PersonFields> & { otherNames?: OtherName[] }) {
  const { version } = (await readPersonSnapshot(getDb(), personId))!;
  const edited = await updatePerson({ actorId: (await demoAdmin()).id, personId, version, fields });
  if (!edited.ok) throw new Error(`could not edit person ${personId}`);
  return edited;
}

async function newFilm(title: string) {
  return createFilm({
    actorId: (await demoAdmin()).id,
    fields: {
      title: `${title} ${made}`,
      originalTitle: null,
      year: 2002,
      releaseDate: null,
      runtimeMinutes: null,
      genres: [],
      countries: [],
    },
  });
}

/**
 * Two people who are one. Both play in a shared film (the kept one without a character, so the duplicate's is
 * taken and its credit dropped); only the duplicate directed it and plays in another. Each has an external id and
 * other names, one of them the same; the duplicate was renamed (an old slug), and someone else's redirect waits on
 * the duplicate's slug, hidden by its page.
 */
async function stageDuplicates() {
  const kept = await newPerson("Kept Twin", { bio: "The kept biography." });
  const duplicate = await newPerson("Dup Twin", { birthDate: "1950-01-01", birthPlace: "Brno" });
  const renamed = await edit(duplicate.id, { name: `Dup Twin Renamed ${made}`, birthPlace: "Brno" });
  const duplicateSlug = renamed.pages.slugs[0]!;
  await edit(kept.id, {
    otherNames: [
      { name: `Shared Alias ${made}`, kind: "other" },
      { name: `Kept Alias ${made}`, kind: "stage" },
    ],
  });
  await edit(duplicate.id, {
    otherNames: [
      { name: `Dup Alias ${made}`, kind: "birth" },
      { name: `Shared Alias ${made}`, kind: "other" },
    ],
  });
  const bystander = await newPerson("Bystander");
  await getDb().insert(slugRedirects).values({ oldSlug: duplicateSlug, personId: bystander.id });
  await getDb()
    .update(people)
    .set({ photo: `/photos/${"a".repeat(64)}.webp` })
    .where(eq(people.id, duplicate.id));
  const [shared, other] = [await newFilm("Twin Shared"), await newFilm("Twin Other")];
  await getDb()
    .insert(credits)
    .values([
      { filmId: shared.id, personId: kept.id, role: "cast", character: null, position: 0 },
      { filmId: shared.id, personId: duplicate.id, role: "cast", character: "Hero", position: 1 },
      { filmId: shared.id, personId: duplicate.id, role: "director" },
      { filmId: other.id, personId: duplicate.id, role: "cast", character: "Villain" },
    ]);
  await getDb()
    .insert(externalIds)
    .values([
      { source: "imdb", externalId: `nm-dup-${made}`, personId: duplicate.id },
      { source: "tmdb", externalId: `kept-${made}`, personId: kept.id },
    ]);
  return {
    kept,
    duplicate: { id: duplicate.id, slug: duplicateSlug, oldSlug: duplicate.slug },
    bystander,
    films: { shared: shared.id, other: other.id },
  };
}

/** Every table but the audit log, which a merge and its revert add to. */
const databaseState = () => tableSnapshot(getDb().$client, { ignoring: ["audit_log"] });

async function latestEntry(personId: number, action: string) {
  const [entry] = await getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "person"), eq(auditLog.entityId, personId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return entry!;
}

/** A revert through the audit page's action, as the demo admin; the redirect it ends with is its success. */
async function revertAsAdmin(entryId: number) {
  signedInAs(await demoAdmin());
  const form = new FormData();
  form.set("entryId", String(entryId));
  return revertChangeAction(NOT_POSTED, form).catch((error: Error) => ({ redirected: error.message }));
}

async function creditsOf(personId: number) {
  return getDb()
    .select({ filmId: credits.filmId, role: credits.role, character: credits.character })
    .from(credits)
    .where(eq(credits.personId, personId))
    .orderBy(asc(credits.filmId), asc(credits.role));
}

async function externalIdsOf(personId: number) {
  const rows = await getDb()
    .select({ externalId: externalIds.externalId })
    .from(externalIds)
    .where(eq(externalIds.personId, personId));
  return rows.map((row) => row.externalId).sort();
}

const otherNamesOf = async (personId: number) =>
  (await readPersonSnapshot(getDb(), personId))!.snapshot.otherNames.map((otherName) => otherName.name);

async function merge(duplicateId: number, keptId: number) {
  const merged = await mergePeople({ actorId: (await demoAdmin()).id, duplicateId, keep: { id: keptId } });
  if (!merged.ok) throw new Error(`could not merge person ${duplicateId}`);
}

const revertedTags = () => updateTag.mock.calls.map(([tag]) => tag);

describe("reverting a merge of two people from the audit log", () => {
  it("puts both people back exactly as they were", async () => {
    const { kept, duplicate, bystander, films } = await stageDuplicates();
    const before = await databaseState();
    const [keptCredits, duplicateCredits] = [await creditsOf(kept.id), await creditsOf(duplicate.id)];
    await merge(duplicate.id, kept.id);
    expect(await creditsOf(kept.id)).toEqual([
      { filmId: films.shared, role: "director", character: null },
      { filmId: films.shared, role: "cast", character: "Hero" },
      { filmId: films.other, role: "cast", character: "Villain" },
    ]);
    expect(await findRenamedPersonSlug(duplicate.slug)).toBe(kept.slug);

    expect(await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id)).toEqual({
      redirected: `redirect /admin/audit?entity=person&id=${duplicate.id}`,
    });
    expect(await databaseState()).toEqual(before);
    // The same, spelled out: each has their own credits again (the dropped one back, the character taken back),
    // their own names and ids, the duplicate its address and old slug, and the bystander their hidden redirect.
    expect(await creditsOf(kept.id)).toEqual(keptCredits);
    expect(await creditsOf(duplicate.id)).toEqual(duplicateCredits);
    expect(keptCredits).toEqual([{ filmId: films.shared, role: "cast", character: null }]);
    expect(await otherNamesOf(kept.id)).toEqual([
      expect.stringMatching(/^Shared Alias/),
      expect.stringMatching(/^Kept Alias/),
    ]);
    expect(await otherNamesOf(duplicate.id)).toEqual([
      expect.stringMatching(/^Dup Alias/),
      expect.stringMatching(/^Shared Alias/),
    ]);
    expect(await externalIdsOf(kept.id)).toEqual([expect.stringMatching(/^kept-/)]);
    expect(await externalIdsOf(duplicate.id)).toEqual([expect.stringMatching(/^nm-dup-/)]);
    expect((await readPersonSnapshot(getDb(), duplicate.id))!.snapshot.slug).toBe(duplicate.slug);
    expect(await findRenamedPersonSlug(duplicate.oldSlug)).toBe(duplicate.slug);
    expect(
      await getDb()
        .select({ personId: slugRedirects.personId })
        .from(slugRedirects)
        .where(eq(slugRedirects.oldSlug, duplicate.slug)),
    ).toEqual([{ personId: bystander.id }]);
    expect((await readPersonSnapshot(getDb(), kept.id))!.snapshot).toMatchObject({ birthDate: null, photo: null });

    expect((await latestEntry(duplicate.id, "revert")).after).toMatchObject({ slug: duplicate.slug });
    expect(await latestEntry(kept.id, "revert")).toBeDefined();
    expect(await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: { form: ["The person is back already."] },
    });
  });

  it("refreshes both people's pages, at every address, and the pages of the films whose credits moved", async () => {
    const { kept, duplicate, films } = await stageDuplicates();
    await merge(duplicate.id, kept.id);
    await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id);
    expect(revertedTags()).toEqual(
      expect.arrayContaining([
        cacheTags.person(duplicate.id),
        cacheTags.person(kept.id),
        cacheTags.personSlug(duplicate.slug),
        cacheTags.personSlug(duplicate.oldSlug),
        cacheTags.film(films.shared),
        cacheTags.film(films.other),
      ]),
    );
  });

  it("keeps what happened since: the kept person's own edits and a credit added to them", async () => {
    const { kept, duplicate, films } = await stageDuplicates();
    await merge(duplicate.id, kept.id);
    await edit(kept.id, { birthPlace: "Prague", bio: "Edited after the merge." });
    const later = await newFilm("Twin Later");
    await getDb().insert(credits).values({ filmId: later.id, personId: kept.id, role: "writer" });

    await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id);
    expect((await readPersonSnapshot(getDb(), kept.id))!.snapshot).toMatchObject({
      birthDate: null,
      birthPlace: "Prague",
      bio: "Edited after the merge.",
    });
    expect(await creditsOf(kept.id)).toEqual([
      { filmId: films.shared, role: "cast", character: null },
      { filmId: later.id, role: "writer", character: null },
    ]);
    expect(await creditsOf(duplicate.id)).toHaveLength(3);
  });

  it("refuses when another person has taken the duplicate's address since", async () => {
    const { kept, duplicate } = await stageDuplicates();
    await merge(duplicate.id, kept.id);
    await getDb()
      .update(people)
      .set({ slug: duplicate.slug })
      .where(eq(people.id, (await newPerson("Usurper")).id));

    expect(await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: { form: [`Another person now has their address, /people/${duplicate.slug}: rename that person first.`] },
    });
    expect(await readPersonSnapshot(getDb(), duplicate.id)).toBeUndefined();
    expect(await creditsOf(kept.id)).toHaveLength(3);
  });

  it("refuses when the kept person has been merged away since, and offers no revert on the kept person's entry", async () => {
    const { kept, duplicate } = await stageDuplicates();
    await merge(duplicate.id, kept.id);
    const third = await newPerson("Third Twin");
    await merge(kept.id, third.id);

    expect(await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: {
        form: ["The person they were merged into has since been deleted or merged themselves: revert that first."],
      },
    });
    expect(await revertAsAdmin((await latestEntry(third.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: { form: ["A merge is reverted from the entry of the person merged away, which keeps what moved."] },
    });
    expect(await readPersonSnapshot(getDb(), duplicate.id)).toBeUndefined();
  });
  it("refuses when the kept person has been deleted since", async () => {
    const [kept, duplicate] = [await newPerson("Uncredited Kept"), await newPerson("Uncredited Dup")];
    await merge(duplicate.id, kept.id);
    expect(await deletePerson({ actorId: (await demoAdmin()).id, personId: kept.id })).toMatchObject({ ok: true });

    expect(await revertAsAdmin((await latestEntry(duplicate.id, "merge")).id)).toMatchObject({
      ok: false,
      errors: {
        form: ["The person they were merged into has since been deleted or merged themselves: revert that first."],
      },
    });
    expect(await readPersonSnapshot(getDb(), duplicate.id)).toBeUndefined();
  });
});

describe("reverting a person's deletion from the audit log", () => {
  it("brings them back with the same id and slug, their other names, external ids and old slugs", async () => {
    const person = await newPerson("Deleted Twin", { birthDate: "1960-02-03" });
    const renamed = await edit(person.id, { name: `Deleted Twin Renamed ${made}` });
    await edit(person.id, { otherNames: [{ name: `Deleted Alias ${made}`, kind: "native" }] });
    await getDb()
      .insert(externalIds)
      .values({ source: "imdb", externalId: `nm-deleted-${made}`, personId: person.id });
    const before = await databaseState();
    expect(await deletePerson({ actorId: (await demoAdmin()).id, personId: person.id })).toMatchObject({ ok: true });
    expect(await readPersonSnapshot(getDb(), person.id)).toBeUndefined();

    expect(await revertAsAdmin((await latestEntry(person.id, "delete")).id)).toEqual({
      redirected: `redirect /admin/audit?entity=person&id=${person.id}`,
    });
    expect(await databaseState()).toEqual(before);
    expect((await readPersonSnapshot(getDb(), person.id))!.snapshot.slug).toBe(renamed.pages.slugs[0]);
    expect(await findRenamedPersonSlug(person.slug)).toBe(renamed.pages.slugs[0]);
    expect(revertedTags()).toEqual(
      expect.arrayContaining([cacheTags.person(person.id), cacheTags.personSlug(renamed.pages.slugs[0]!)]),
    );
    expect(await revertAsAdmin((await latestEntry(person.id, "delete")).id)).toMatchObject({
      ok: false,
      errors: { form: ["The person is back already."] },
    });
  });

  it("refuses when another person has taken the address since", async () => {
    const person = await newPerson("Vanished Twin");
    await deletePerson({ actorId: (await demoAdmin()).id, personId: person.id });
    await getDb()
      .update(people)
      .set({ slug: person.slug })
      .where(eq(people.id, (await newPerson("Newcomer")).id));

    expect(await revertAsAdmin((await latestEntry(person.id, "delete")).id)).toMatchObject({
      ok: false,
      errors: { form: [`Another person now has their address, /people/${person.slug}: rename that person first.`] },
    });
    expect(await readPersonSnapshot(getDb(), person.id)).toBeUndefined();
  });
});
