"use server";

import { z } from "zod";
import { defineAction } from "@/app/_actions/define-action";
import type { FilmChange } from "@/db/mutations/films";
import type { FilmSnapshot } from "@/db/queries/film-snapshot";
import { creditsSchema, plotsSchema, titlesSchema } from "@/lib/validation/film-sections";
import { postedList } from "../_actions/posted-list";
import { filmAndVersion, saveFilmChange } from "./_actions/save-film-change";

// Each list comes as repeated fields in row order; see formRows in ../_actions/posted-list.ts.
const TITLE_FIELDS = ["title", "kind", "countryCode", "language"] as const;
const PLOT_FIELDS = ["body", "source", "sourceUrl", "license", "language"] as const;
// `name` is only what the editor showed for a chosen person, for the conflict table; the id is what counts.
const CREDIT_FIELDS = ["personId", "name", "newPersonName", "role", "character"] as const;

/** Saves one of a film's lists whole, as one change of the film: what every list editor's action shares. */
function listAction<Field extends string, Parsed>(list: {
  prefix: string;
  fields: readonly Field[];
  schema: z.ZodType<Parsed>;
  section: string;
  /** The change, and the same as the admin reads it; `posted` is the rows as the editor sent them. */
  toChange: (parsed: Parsed, posted: Record<Field, string>[]) => { change: FilmChange; yours: Partial<FilmSnapshot> };
}) {
  return defineAction({
    who: "admin",
    ...postedList({ owner: filmAndVersion, prefix: list.prefix, fields: list.fields, rows: list.schema }),
    run: ({ rows, posted, ...film }, { caller }) =>
      saveFilmChange({ actorId: caller.id, ...film, section: list.section, ...list.toChange(rows, posted) }),
  });
}

export const saveTitlesAction = listAction({
  prefix: "title",
  fields: TITLE_FIELDS,
  schema: titlesSchema,
  section: "titles",
  toChange: (titles) => ({ change: { titles }, yours: { titles } }),
});

export const savePlotsAction = listAction({
  prefix: "plot",
  fields: PLOT_FIELDS,
  schema: plotsSchema,
  section: "plots",
  toChange: (plots) => ({ change: { plots }, yours: { plots } }),
});

export const saveCreditsAction = listAction({
  prefix: "credit",
  fields: CREDIT_FIELDS,
  schema: creditsSchema,
  section: "credits",
  toChange: (credits, posted) => ({
    change: { credits },
    yours: {
      credits: credits.map((credit, index) => ({
        personId: credit.personId ?? 0,
        name: credit.newPersonName ?? posted[index]!.name.slice(0, 200),
        role: credit.role,
        character: credit.character,
      })),
    },
  }),
});
