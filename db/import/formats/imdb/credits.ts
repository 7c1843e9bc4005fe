// IMDb's people and credits: title.principals and title.crew say who worked on each film, name.basics names them.
// The principals and crew are read twice, so that only the people the imported films credit are read from
// name.basics (which lists some 14 million) and no credit waits in memory for its person.
import { z } from "zod";
import { INDEPENDENT_WRITES_AT_ONCE, writeInBatches } from "../../batches";
import { insertCredits, type CreditRow } from "../../film-links";
import { resolvePeople } from "../../people";
import { readAsPhase, readTsvRowsWhere, rowOrigin, type InputFile } from "../../read-files";
import type { CreditRole, ImportContext } from "../../records";
import { cleanText } from "../../text";
import { checkRow, nameSchema } from "../../validation";
import { NconstSet } from "./nconst-set";
import type { ImdbFilms } from "./titles";

const PEOPLE_BATCH_SIZE = 5000;
const CREDIT_BATCH_SIZE = 5000;

/** IMDb's job categories in the catalogue's roles; the others (production designer, casting…) are left out. */
const ROLE_BY_CATEGORY: Record<string, CreditRole> = {
  actor: "cast",
  actress: "cast",
  self: "cast",
  director: "director",
  writer: "writer",
  producer: "producer",
  composer: "composer",
  cinematographer: "cinematographer",
  editor: "editor",
};

interface CreditFiles {
  principals?: InputFile;
  crew?: InputFile;
  names: InputFile;
}

interface ImdbCredit {
  tconst: string;
  nconst: string;
  role: CreditRole;
  character?: string;
  position: number;
  origin: string;
}

const nameBasicsSchema = z.object({
  nconst: z.string().regex(/^nm\d+$/, "nconst is not an IMDb name id"),
  primaryName: nameSchema,
});

/**
 * The credits are read twice: first for the people to read from name.basics, then to write them. Only the
 * second pass reports what it leaves out, so nothing is counted twice.
 */
type Pass = "people to read" | "credits";

/** `["Rick Deckard"]` → "Rick Deckard"; several parts in one film are one credit, "Bob / Alice". */
function characterOf(cell: string | null | undefined, origin: string, context: ImportContext) {
  if (!cell) return undefined;
  try {
    const parts: unknown = JSON.parse(cell);
    if (Array.isArray(parts) && parts.every((part) => typeof part === "string")) {
      return cleanText(parts.join(" / ")) || undefined;
    }
  } catch {
    // Reported below with the other shapes that are not a list of names.
  }
  context.summary.skip("characters", "not a JSON list of names", origin);
  return undefined;
}

/** Every credit of an imported film, from title.principals first (billing order, characters), then title.crew. */
async function* creditsOf(
  context: ImportContext,
  { principals, crew }: CreditFiles,
  films: ImdbFilms,
  pass: Pass,
): AsyncGenerator<ImdbCredit> {
  const { summary } = context;
  const isFilm = (tconst: string) => films.has(tconst);
  if (principals) {
    for await (const { row, fields } of readAsPhase(
      context.progress,
      `${principals.name} (${pass})`,
      principals,
      readTsvRowsWhere(isFilm),
    )) {
      if (!fields.nconst) continue;
      const origin = rowOrigin(principals, row);
      const role = ROLE_BY_CATEGORY[fields.category ?? ""];
      if (!role) {
        if (pass === "credits") summary.skip("credits", `not a role the catalogue lists (${fields.category})`, origin);
        continue;
      }
      const character =
        role === "cast" && pass === "credits" ? characterOf(fields.characters, origin, context) : undefined;
      // IMDb's ordering runs across roles; within each role it is the billing order, which is all a position means.
      yield {
        tconst: fields.tconst!,
        nconst: fields.nconst,
        role,
        character,
        position: Number(fields.ordering) || 0,
        origin,
      };
    }
  }
  if (crew) {
    const label = `${crew.name} (${pass})`;
    for await (const { row, fields } of readAsPhase(context.progress, label, crew, readTsvRowsWhere(isFilm))) {
      const origin = rowOrigin(crew, row);
      for (const role of ["director", "writer"] as const) {
        const nconsts = fields[`${role}s`]?.split(",") ?? [];
        for (const [position, nconst] of nconsts.entries())
          yield { tconst: fields.tconst!, nconst, role, position, origin };
      }
    }
  }
}

/** The people the films credit, from name.basics, into the catalogue (and its index, where credits find them). */
async function importPeople(context: ImportContext, names: InputFile, wanted: NconstSet) {
  async function* people() {
    const isWanted = (nconst: string) => wanted.has(nconst);
    for await (const { row, fields } of readAsPhase(context.progress, names.name, names, readTsvRowsWhere(isWanted))) {
      const origin = rowOrigin(names, row);
      const check = checkRow(nameBasicsSchema, fields);
      if (!check.ok) {
        context.summary.skip("people", check.reason, origin);
        continue;
      }
      const { nconst, primaryName } = check.value;
      yield { person: { name: primaryName, externalIds: [{ source: "imdb" as const, id: nconst }] }, origin };
    }
  }
  // name.basics names each person once: no group's people depend on another's.
  await writeInBatches(
    people(),
    PEOPLE_BATCH_SIZE,
    async (batch) => {
      await context.db.transaction((tx) => resolvePeople(tx, context, batch));
    },
    { writesAtOnce: INDEPENDENT_WRITES_AT_ONCE },
  );
}

/**
 * The people the films credit, imported from name.basics. Its own function so that the set of their nconsts (millions
 * at IMDb's scale) is garbage once they are read, rather than held through the credits pass.
 */
async function importCreditedPeople(context: ImportContext, files: CreditFiles, films: ImdbFilms) {
  const wanted = new NconstSet();
  for await (const credit of creditsOf(context, files, films, "people to read")) wanted.add(credit.nconst);
  await importPeople(context, files.names, wanted);
}

export async function importCredits(context: ImportContext, files: CreditFiles, films: ImdbFilms) {
  await importCreditedPeople(context, files, films);

  async function* rows(): AsyncGenerator<CreditRow> {
    for await (const credit of creditsOf(context, files, films, "credits")) {
      const personId = context.catalogue.people.findByExternalId({ source: "imdb", id: credit.nconst })?.id;
      if (!personId) {
        context.summary.skip(
          "credits",
          "person not in name.basics (or skipped there)",
          `${credit.origin}: ${credit.nconst}`,
        );
        continue;
      }
      const { role, character, position } = credit;
      yield { filmId: films.get(credit.tconst)!.ref.id, personId, role, character, position };
    }
  }
  await writeInBatches(
    rows(),
    CREDIT_BATCH_SIZE,
    async (batch) => {
      const added = await context.db.transaction((tx) => insertCredits(tx, context.source, batch));
      context.summary.countAdded("credits", added.length);
    },
    { writesAtOnce: INDEPENDENT_WRITES_AT_ONCE },
  );
}
