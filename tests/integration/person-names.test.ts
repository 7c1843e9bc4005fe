// People's other names ("also known as"): searched like their own name, in any script and word order, with a short
// syllable spelled another way; listed on their page; edited whole by admins, audited, and kept through merges.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { getDb } from "@/db/client";
import { createPerson, updatePerson } from "@/db/mutations/people";
import { mergePeople } from "@/db/mutations/person-merge";
import { getChartParameters } from "@/db/queries/charts";
import { getPersonBySlug } from "@/db/queries/people";
import { readPersonSnapshot } from "@/db/queries/person-snapshot";
import { searchPeople, suggestSearchResults } from "@/db/queries/search";
import { auditLog } from "@/db/schema";
import { personSnapshotSchema, type OtherName } from "@/lib/validation/people";
import { signedInAs } from "../support/action-stubs";
import { createPerson as insertPersonRow } from "../support/factories";
import { demoAdmin } from "../support/demo-accounts";

// The save action runs for real against the database; only the session and Next's request-bound APIs are stubbed.
vi.mock("@/auth", () => import("../support/action-stubs").then((stubs) => stubs.auth));
vi.mock("next/cache", () => import("../support/action-stubs").then((stubs) => stubs.cache));
vi.mock("next/navigation", () => import("../support/action-stubs").then((stubs) => stubs.navigation));
const { saveOtherNamesAction } = await import("@/app/[locale]/admin/people/actions");

async function firstPersonFound(text: string) {
  return (await searchPeople(text, { page: 1, pageSize: 5 })).people[0];
}

/** The slugs of everyone a search finds, however many. */
async function slugsFound(text: string) {
  return (await searchPeople(text, { page: 1, pageSize: 500 })).people.map((person) => person.slug);
}

describe("searching people by their other names", () => {
  it.each([
    ["Bong Jun-ho", "bong-joon-ho", "Bong Jun-ho"],
    ["bong junho", "bong-joon-ho", "Bong Jun-ho"],
    ["奉俊昊", "bong-joon-ho", "奉俊昊"],
    ["梁朝伟", "tony-leung-chiu-wai", "梁朝伟"],
    ["don lee", "ma-dong-seok", "Don Lee"],
    ["Quan Ke Huy", "ke-huy-quan", "Quan Kế Huy"],
  ])("finds the person first for %j, and says which of their names matched", async (text, slug, matched) => {
    expect(await firstPersonFound(text)).toMatchObject({ slug, matchedOtherName: matched });
  });

  it("says nothing of other names when the person's own name matched", async () => {
    expect(await firstPersonFound("bong joon ho")).toMatchObject({ slug: "bong-joon-ho", matchedOtherName: null });
  });

  it("suggests the person in the search box by another name as it is typed", async () => {
    const { people } = await suggestSearchResults("gu gyo", await getChartParameters());
    expect(people[0]).toMatchObject({ slug: "koo-kyo-hwan", matchedOtherName: "Gu Gyo-hwan" });
  });
});

describe("searching for romanised names", () => {
  beforeAll(async () => {
    // "jon" becomes a word of the catalogue, so "bong jon ho" is first read as typed (and finds no one) before its
    // short words are read one letter off.
    await insertPersonRow({ name: "Jon Sample-Person" });
  });

  it.each([
    ["koo gyo hwan", "koo-kyo-hwan"],
    ["bong jon ho", "bong-joon-ho"],
    ["lee jon pil", "lee-jong-pil"],
  ])("finds a name from %j, a short word one letter off where the other words match", async (text, slug) => {
    expect((await firstPersonFound(text))?.slug).toBe(slug);
  });

  it.each([
    ["jong-pil lee", "lee-jong-pil"],
    ["pil lee jong", "lee-jong-pil"],
    ["ho bong joon", "bong-joon-ho"],
    ["kyo-hwan koo", "koo-kyo-hwan"],
  ])("finds a whole name from %j, its words in another order, first", async (text, slug) => {
    expect((await firstPersonFound(text))?.slug).toBe(slug);
  });

  it("takes a one-word query of a short word as typed: names holding a word that starts with it, none one letter off", async () => {
    const found = await slugsFound("ho");
    expect(found).toEqual(expect.arrayContaining(["bong-joon-ho", "hong-kyung-pyo", "huh-joon-ho"]));
    // "Cho" and "Jo" (Zo In-sung's romanisation Jo In-seong) are a letter off "ho", and start with something else.
    expect(found).not.toContain("cho-yeo-jeong");
    expect(found).not.toContain("zo-in-sung");
    expect(await slugsFound("jon")).not.toContain("bong-joon-ho");
  });

  it("keeps the short words of a query of several words to names holding its other words too", async () => {
    // Many names hold a word a letter off "ho" or "jon"; only one also holds "bong".
    expect(await slugsFound("bong jon ho")).toEqual(["bong-joon-ho"]);
  });
});

const ADMIN_OTHER_NAMES: OtherName[] = [
  { name: "Testa Nomen", kind: "romanisation" },
  { name: "テスタ", kind: "native" },
];

/** A person of the test's own: editing demo people would change pages other tests check. */
async function ownPerson(name: string) {
  const actorId = (await demoAdmin()).id;
  const fields = {
    name,
    originalName: null,
    birthDate: null,
    birthPlace: null,
    deathDate: null,
    deathPlace: null,
    bio: null,
  };
  return (await createPerson({ actorId, fields })).id;
}

async function opened(personId: number) {
  return (await readPersonSnapshot(getDb(), personId))!;
}

/** The names editor's form: the person, the version it was opened at and a row per name, fields repeated. */
function namesForm(personId: number, version: string, rows: { name: string; kind: string }[]) {
  const form = new FormData();
  form.set("personId", String(personId));
  form.set("version", version);
  for (const row of rows) {
    form.append("otherName.name", row.name);
    form.append("otherName.kind", row.kind);
  }
  return form;
}

/** The save as the demo admin, or as nobody; the redirect a save ends with is its success. */
async function saveNames(form: FormData, { asAdmin = true } = {}) {
  signedInAs(asAdmin ? await demoAdmin() : undefined);
  return saveOtherNamesAction(NOT_POSTED, form).catch((error: Error) => ({ redirected: error.message }));
}

async function auditOf(personId: number) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "person"), eq(auditLog.entityId, personId)))
    .orderBy(asc(auditLog.id));
}

describe("a person's other names, edited by admins", () => {
  it("are saved whole in their order, audited, listed on the person's page and searched", async () => {
    const personId = await ownPerson("Testa Persona");
    const { version, snapshot } = await opened(personId);

    expect(await saveNames(namesForm(personId, version, ADMIN_OTHER_NAMES))).toEqual({
      redirected: `redirect /admin/people/${personId}?saved=names#names`,
    });

    expect((await opened(personId)).snapshot.otherNames).toEqual(ADMIN_OTHER_NAMES);
    expect((await auditOf(personId)).at(-1)).toMatchObject({
      action: "update",
      before: { name: "Testa Persona", otherNames: [] },
      after: { name: "Testa Persona", otherNames: ADMIN_OTHER_NAMES },
    });
    expect((await getPersonBySlug(snapshot.slug))?.otherNames).toEqual(ADMIN_OTHER_NAMES);
    expect(await firstPersonFound("testa nomen")).toMatchObject({ id: personId, matchedOtherName: "Testa Nomen" });
    expect(await firstPersonFound("テスタ")).toMatchObject({ id: personId, matchedOtherName: "テスタ" });

    // Saved again without the first row: it is gone, and no longer finds the person.
    expect(await saveNames(namesForm(personId, (await opened(personId)).version, ADMIN_OTHER_NAMES.slice(1)))).toEqual({
      redirected: `redirect /admin/people/${personId}?saved=names#names`,
    });
    expect((await opened(personId)).snapshot.otherNames).toEqual(ADMIN_OTHER_NAMES.slice(1));
    expect((await searchPeople("testa nomen", { page: 1, pageSize: 5 })).total).toBe(0);
  });

  it("refuses an empty name, an unknown kind and a name listed twice, each on its row, and writes nothing", async () => {
    const personId = await ownPerson("Testa Refusal");
    const { version } = await opened(personId);
    const rows = [
      { name: "  ", kind: "romanisation" },
      { name: "Testa Refusa", kind: "nickname" },
    ];
    expect(await saveNames(namesForm(personId, version, rows))).toMatchObject({
      ok: false,
      errors: { "0.name": ["Enter the name, or remove it."], "1.kind": ["Choose what kind of name this is."] },
      // The rows come back as typed, for the editor to show again.
      values: rows,
    });
    const twice = [
      { name: "Testa Refusa", kind: "romanisation" },
      { name: "Testa Refusa", kind: "stage" },
    ];
    expect(await saveNames(namesForm(personId, version, twice))).toMatchObject({
      ok: false,
      errors: { "1.name": ["This name is listed twice."] },
    });
    expect((await opened(personId)).snapshot.otherNames).toEqual([]);
    expect((await auditOf(personId)).map((entry) => entry.action)).toEqual(["create"]);
  });

  it("refuses anyone but an admin, and writes nothing", async () => {
    const personId = await ownPerson("Testa Guarded");
    const { version } = await opened(personId);
    expect(await saveNames(namesForm(personId, version, ADMIN_OTHER_NAMES), { asAdmin: false })).toMatchObject({
      ok: false,
      errors: { form: ["Only admins can do this."] },
    });
    expect((await opened(personId)).snapshot.otherNames).toEqual([]);
  });

  it("refuses a save from a version another admin has since changed, showing their names", async () => {
    const personId = await ownPerson("Testa Conflict");
    const { version } = await opened(personId);
    const theirs: OtherName[] = [{ name: "Testa Theirs", kind: "stage" }];
    await updatePerson({ actorId: (await demoAdmin()).id, personId, version, fields: { otherNames: theirs } });

    const refused = await saveNames(namesForm(personId, version, ADMIN_OTHER_NAMES));
    expect(refused).toMatchObject({
      ok: false,
      errors: { form: [expect.stringMatching(/^This person was changed since you opened it/)] },
      result: {
        conflict: {
          changes: [{ field: "otherNames", after: "Testa Theirs · stage" }],
          version: (await opened(personId)).version,
        },
      },
    });
    expect((await opened(personId)).snapshot.otherNames).toEqual(theirs);
  });

  it("leave the other names as they are on an edit of the details, and come back with a revert", async () => {
    const personId = await ownPerson("Testa Revert");
    const actorId = (await demoAdmin()).id;
    await updatePerson({
      actorId,
      personId,
      version: (await opened(personId)).version,
      fields: { otherNames: ADMIN_OTHER_NAMES },
    });
    const { snapshot, version } = await opened(personId);
    const { slug: _slug, photo: _photo, otherNames: _otherNames, ...details } = snapshot;
    await updatePerson({ actorId, personId, version, fields: { ...details, birthPlace: "Kyoto" } });
    expect((await opened(personId)).snapshot.otherNames).toEqual(ADMIN_OTHER_NAMES);

    await updatePerson({ actorId, personId, version: (await opened(personId)).version, fields: { otherNames: [] } });
    // What the audit page's revert does with the entry of the edit that removed them.
    const removal = (await auditOf(personId)).at(-1)!;
    const earlier = personSnapshotSchema.parse(removal.before);
    await updatePerson({
      actorId,
      personId,
      version: (await opened(personId)).version,
      fields: earlier,
      action: "revert",
    });
    expect((await opened(personId)).snapshot).toMatchObject({ birthPlace: "Kyoto", otherNames: ADMIN_OTHER_NAMES });
  });

  it("move to the person kept when a duplicate is merged, after theirs and once", async () => {
    const actorId = (await demoAdmin()).id;
    const [keptId, duplicateId] = [await ownPerson("Testa Kept"), await ownPerson("Testa Duplicate")];
    const kept: OtherName[] = [{ name: "Testa Shared", kind: "romanisation" }];
    const duplicate: OtherName[] = [
      { name: "Testa Shared", kind: "other" },
      { name: "Testa Moved", kind: "birth" },
    ];
    for (const [personId, otherNames] of [
      [keptId, kept],
      [duplicateId, duplicate],
    ] as const) {
      await updatePerson({ actorId, personId, version: (await opened(personId)).version, fields: { otherNames } });
    }

    expect((await mergePeople({ actorId, duplicateId, keep: { id: keptId } })).ok).toBe(true);
    expect((await opened(keptId)).snapshot.otherNames).toEqual([...kept, { name: "Testa Moved", kind: "birth" }]);
  });
});
