import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { createFilm, updateFilm } from "@/db/mutations/films";
import { readFilmSnapshot } from "@/db/queries/film-snapshot";
import { createPerson, deletePerson, updatePerson } from "@/db/mutations/people";
import { mergePeople } from "@/db/mutations/person-merge";
import { readPersonSnapshot } from "@/db/queries/person-snapshot";
import { saveReview } from "@/db/mutations/reviews";
import { findRenamedPersonSlug } from "@/db/queries/redirects";
import { auditLog, credits, externalIds, filmRatingStats, films, people, slugRedirects } from "@/db/schema";
import { personSnapshotSchema, type PersonFields } from "@/lib/validation/people";
import { signedInAs } from "../support/action-stubs";
import { demoAdmin } from "../support/demo-accounts";

// The revert action runs for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
const { revertChangeAction } = await import("@/app/[locale]/admin/audit/actions");

function personFields(name: string, overrides: Partial<PersonFields> = {}): PersonFields {
  return {
    name,
    originalName: null,
    birthDate: null,
    birthPlace: null,
    deathDate: null,
    deathPlace: null,
    bio: null,
    ...overrides,
  };
}

async function createTestPerson(name: string, overrides: Partial<PersonFields> = {}) {
  const created = await createPerson({ actorId: (await demoAdmin()).id, fields: personFields(name, overrides) });
  return created.id;
}

async function rename(personId: number, name: string) {
  const opened = (await readPersonSnapshot(getDb(), personId))!;
  return updatePerson({
    actorId: (await demoAdmin()).id,
    personId,
    version: opened.version,
    fields: { ...opened.snapshot, name },
  });
}

async function createTestFilm(title: string) {
  const created = await createFilm({
    actorId: (await demoAdmin()).id,
    fields: {
      title,
      originalTitle: null,
      year: 2001,
      releaseDate: null,
      runtimeMinutes: 100,
      genres: ["drama"],
      countries: ["CZ"],
    },
  });
  return created.id;
}

async function auditOf(personId: number) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "person"), eq(auditLog.entityId, personId)))
    .orderBy(asc(auditLog.id));
}

async function creditsOf(personId: number) {
  return getDb()
    .select({ filmId: credits.filmId, role: credits.role, character: credits.character })
    .from(credits)
    .where(eq(credits.personId, personId))
    .orderBy(asc(credits.filmId), asc(credits.role));
}

/** A revert through the audit page's action, as the demo admin; the redirect it ends with is its success. */
async function revertAsAdmin(entryId: number) {
  signedInAs(await demoAdmin());
  const form = new FormData();
  form.set("entryId", String(entryId));
  return revertChangeAction(NOT_POSTED, form).catch((error: Error) => ({ redirected: error.message }));
}

describe("admin people edits", () => {
  it("create with an audit row, rename with a redirect from the old slug, rename back without one", async () => {
    const personId = await createTestPerson("Ada Testperson");
    expect((await readPersonSnapshot(getDb(), personId))!.snapshot.slug).toBe("ada-testperson");

    expect(await rename(personId, "Ada Renamed")).toMatchObject({
      ok: true,
      pages: { personIds: [personId], slugs: ["ada-renamed", "ada-testperson"] },
    });
    expect(await findRenamedPersonSlug("ada-testperson")).toBe("ada-renamed");
    const audit = await auditOf(personId);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update"]);
    expect(audit[1]!.before).toMatchObject({ name: "Ada Testperson", slug: "ada-testperson" });
    expect(audit[1]!.after).toMatchObject({ name: "Ada Renamed", slug: "ada-renamed" });
    expect(personSnapshotSchema.parse(audit[1]!.before)).toMatchObject({ name: "Ada Testperson", birthDate: null });

    await rename(personId, "Ada Testperson");
    const redirects = await getDb()
      .select({ oldSlug: slugRedirects.oldSlug })
      .from(slugRedirects)
      .where(eq(slugRedirects.personId, personId));
    expect(redirects.map((redirect) => redirect.oldSlug)).toEqual(["ada-renamed"]);
  });

  it("gives a new person with a taken name the next free slug", async () => {
    const first = await createTestPerson("Same Name");
    const second = await createTestPerson("Same Name");
    expect((await readPersonSnapshot(getDb(), first))!.snapshot.slug).toBe("same-name");
    expect((await readPersonSnapshot(getDb(), second))!.snapshot.slug).toBe("same-name-2");
  });

  it("refuses the second of two edits made from the same version, and writes nothing for it", async () => {
    const actorId = (await demoAdmin()).id;
    const personId = await createTestPerson("Two Editors");
    const opened = (await readPersonSnapshot(getDb(), personId))!;

    const [first, second] = await Promise.all(
      ["Brno", "Prague"].map((birthPlace) =>
        updatePerson({
          actorId,
          personId,
          version: opened.version,
          fields: personFields("Two Editors", { birthPlace }),
        }),
      ),
    );
    const outcomes = [first!, second!].map((result) => (result.ok ? "saved" : result.reason)).sort();
    expect(outcomes).toEqual(["changed", "saved"]);
    const winner = first!.ok ? "Brno" : "Prague";
    const refused = [first!, second!].find((result) => !result.ok);
    if (!refused || refused.ok || refused.reason !== "changed") throw new Error("expected a refusal");
    expect(refused.current.birthPlace).toBe(winner);

    expect((await readPersonSnapshot(getDb(), personId))!.snapshot.birthPlace).toBe(winner);
    expect((await auditOf(personId)).filter((entry) => entry.action === "update")).toHaveLength(1);
  });

  it("refuses to delete a person with credits, and deletes one without", async () => {
    const actorId = (await demoAdmin()).id;
    const personId = await createTestPerson("Credited Once");
    const filmId = await createTestFilm("Delete Guard");
    await getDb().insert(credits).values({ filmId, personId, role: "cast" });

    expect(await deletePerson({ actorId, personId })).toEqual({ ok: false, reason: "has-credits" });
    expect(await readPersonSnapshot(getDb(), personId)).toBeDefined();
    expect((await auditOf(personId)).map((entry) => entry.action)).toEqual(["create"]);

    await getDb().delete(credits).where(eq(credits.personId, personId));
    expect(await deletePerson({ actorId, personId })).toMatchObject({ ok: true, pages: { slugs: ["credited-once"] } });
    expect(await readPersonSnapshot(getDb(), personId)).toBeUndefined();
    const deleted = (await auditOf(personId)).at(-1)!;
    expect(deleted).toMatchObject({ action: "delete", before: { name: "Credited Once" }, after: null });
  });

  it("reverts a person to the name before an edit, through the audit page's action", async () => {
    const personId = await createTestPerson("Before Revert");
    await rename(personId, "After Edit");
    const update = (await auditOf(personId)).find((entry) => entry.action === "update")!;

    expect(await revertAsAdmin(update.id)).toEqual({
      redirected: `redirect /admin/audit?entity=person&id=${personId}`,
    });
    expect((await readPersonSnapshot(getDb(), personId))!.snapshot).toMatchObject({
      name: "Before Revert",
      slug: "before-revert",
    });
    expect((await auditOf(personId)).at(-1)).toMatchObject({
      action: "revert",
      before: { name: "After Edit" },
      after: { name: "Before Revert" },
    });
  });

  it("still reverts films, and refuses to revert a person's deletion logged before deletions kept the rows", async () => {
    const filmId = await createTestFilm("Revert Film");
    const opened = (await readFilmSnapshot(getDb(), filmId))!;
    await updateFilm({
      actorId: (await demoAdmin()).id,
      filmId,
      version: opened.version,
      fields: { ...opened.snapshot, title: "Revert Film Edited" },
    });
    const [filmUpdate] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "film"), eq(auditLog.entityId, filmId), eq(auditLog.action, "update")));
    expect(await revertAsAdmin(filmUpdate!.id)).toEqual({
      redirected: `redirect /admin/audit?entity=film&id=${filmId}`,
    });
    expect((await readFilmSnapshot(getDb(), filmId))!.snapshot.title).toBe("Revert Film");

    const personId = await createTestPerson("Deleted Soon");
    await deletePerson({ actorId: (await demoAdmin()).id, personId });
    const deletion = (await auditOf(personId)).at(-1)!;
    await getDb()
      .update(auditLog)
      .set({ before: sql`${auditLog.before} - 'rows'` })
      .where(eq(auditLog.id, deletion.id));
    expect(await revertAsAdmin(deletion.id)).toMatchObject({
      ok: false,
      errors: { form: ["This deletion was logged before deletions kept the person's rows, so it cannot be reverted."] },
    });
    expect(await readPersonSnapshot(getDb(), personId)).toBeUndefined();
  });

  it("refuses a revert by anyone but an admin", async () => {
    const personId = await createTestPerson("Guarded Revert");
    await rename(personId, "Guarded Edit");
    const update = (await auditOf(personId)).find((entry) => entry.action === "update")!;
    signedInAs(undefined);
    const form = new FormData();
    form.set("entryId", String(update.id));
    expect(await revertChangeAction(NOT_POSTED, form)).toMatchObject({
      ok: false,
      errors: { form: ["Only admins can do this."] },
    });
    expect((await readPersonSnapshot(getDb(), personId))!.snapshot.name).toBe("Guarded Edit");
  });
});

describe("merging duplicate people", () => {
  it("moves credits, external ids and old slugs to the kept person, fills their gaps, and deletes the duplicate", async () => {
    const admin = await demoAdmin();
    const keptId = await createTestPerson("Kept Person", { bio: "The kept biography." });
    const duplicateId = await createTestPerson("Dup Person", {
      birthDate: "1950-01-01",
      birthPlace: "Brno",
      bio: "The duplicate's biography.",
    });
    await rename(duplicateId, "Dup Person Two");
    const [shared, other] = [await createTestFilm("Merge Shared"), await createTestFilm("Merge Other")];
    await getDb()
      .insert(credits)
      .values([
        { filmId: shared, personId: keptId, role: "cast", character: null },
        { filmId: shared, personId: duplicateId, role: "cast", character: "Hero" },
        { filmId: shared, personId: duplicateId, role: "director" },
        { filmId: other, personId: duplicateId, role: "cast", character: "Villain" },
      ]);
    await getDb()
      .insert(externalIds)
      .values([
        { source: "imdb", externalId: "nm-merge-duplicate", personId: duplicateId },
        { source: "tmdb", externalId: "merge-kept", personId: keptId },
      ]);
    await saveReview({ userId: admin.id, filmId: shared, rating: 8, body: null, hasSpoilers: false });
    const filmRows = () =>
      getDb()
        .select()
        .from(films)
        .where(inArray(films.id, [shared, other]))
        .orderBy(asc(films.id));
    const statsRows = () =>
      getDb()
        .select()
        .from(filmRatingStats)
        .where(inArray(filmRatingStats.filmId, [shared, other]))
        .orderBy(asc(filmRatingStats.filmId));
    const [filmsBefore, statsBefore] = [await filmRows(), await statsRows()];

    const result = await mergePeople({ actorId: admin.id, duplicateId, keep: { slug: "kept-person" } });
    expect(result).toMatchObject({ ok: true, keptId, pages: { personIds: [duplicateId, keptId] } });
    if (!result.ok) throw new Error("expected a merge");
    expect(new Set(result.pages.filmIds)).toEqual(new Set([shared, other]));
    expect(new Set(result.pages.slugs)).toEqual(new Set(["kept-person", "dup-person-two", "dup-person"]));

    // Credits come ordered by film, then role in the enum's order (director before cast).
    expect(await creditsOf(keptId)).toEqual([
      { filmId: shared, role: "director", character: null },
      { filmId: shared, role: "cast", character: "Hero" },
      { filmId: other, role: "cast", character: "Villain" },
    ]);
    const ids = await getDb()
      .select({ source: externalIds.source, externalId: externalIds.externalId })
      .from(externalIds)
      .where(eq(externalIds.personId, keptId));
    expect(ids.map((id) => id.externalId).sort()).toEqual(["merge-kept", "nm-merge-duplicate"]);
    expect(await findRenamedPersonSlug("dup-person-two")).toBe("kept-person");
    expect(await findRenamedPersonSlug("dup-person")).toBe("kept-person");
    expect((await readPersonSnapshot(getDb(), keptId))!.snapshot).toMatchObject({
      birthDate: "1950-01-01",
      birthPlace: "Brno",
      bio: "The kept biography.",
    });
    expect(await readPersonSnapshot(getDb(), duplicateId)).toBeUndefined();
    expect(await getDb().select().from(people).where(eq(people.slug, "dup-person-two"))).toEqual([]);

    expect((await auditOf(duplicateId)).at(-1)).toMatchObject({
      action: "merge",
      before: { name: "Dup Person Two" },
      after: { mergedInto: keptId },
    });
    expect((await auditOf(keptId)).at(-1)).toMatchObject({
      action: "merge",
      before: { birthPlace: null },
      after: { birthPlace: "Brno", mergedFrom: duplicateId },
    });
    expect(await filmRows()).toEqual(filmsBefore);
    expect(await statsRows()).toEqual(statsBefore);
  });

  it("keeps the kept person's dates when the duplicate's would put death before birth", async () => {
    const keptId = await createTestPerson("Born Late", { birthDate: "1990-05-05" });
    const duplicateId = await createTestPerson("Died Early", { deathDate: "1950-01-01", deathPlace: "Vienna" });
    const result = await mergePeople({ actorId: (await demoAdmin()).id, duplicateId, keep: { id: keptId } });
    expect(result.ok).toBe(true);
    expect((await readPersonSnapshot(getDb(), keptId))!.snapshot).toMatchObject({
      birthDate: "1990-05-05",
      deathDate: null,
      deathPlace: "Vienna",
    });
  });

  it("refuses to merge a person into themselves, or into nobody, and changes nothing", async () => {
    const actorId = (await demoAdmin()).id;
    const personId = await createTestPerson("Only One");
    expect(await mergePeople({ actorId, duplicateId: personId, keep: { id: personId } })).toEqual({
      ok: false,
      reason: "same-person",
    });
    expect(await mergePeople({ actorId, duplicateId: personId, keep: { slug: "only-one" } })).toEqual({
      ok: false,
      reason: "same-person",
    });
    expect(await mergePeople({ actorId, duplicateId: personId, keep: { slug: "nobody-has-this-slug" } })).toEqual({
      ok: false,
      reason: "kept-not-found",
    });
    expect(await readPersonSnapshot(getDb(), personId)).toBeDefined();
    expect((await auditOf(personId)).map((entry) => entry.action)).toEqual(["create"]);
  });
});
