"use server";

import { z } from "zod";
import { defineAction } from "@/app/_actions/define-action";
import type { FilmChange } from "@/db/mutations/films";
import type { FilmSnapshot } from "@/db/queries/film-snapshot";
import { creditsSchema, formRows, plotsSchema, titlesSchema } from "@/lib/validation/film-sections";
import { filmAndVersion, saveFilmChange } from "./_actions/save-film-change";

// Each list comes as repeated fields in row order; see formRows.
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
  const postedRows = (formData: FormData) => formRows(formData, list.prefix, list.fields);
  return defineAction({
    who: "admin",
    // The rows are parsed within a transform so that a row's issue is keyed "2.role", where the editor shows it:
    // defineAction keys an issue by the first step of its path, which would be "rows" for every row.
    schema: filmAndVersion
      .extend({ rows: z.custom<Record<Field, string>[]>() })
      .transform(({ rows: posted, ...film }, context) => {
        const parsed = list.schema.safeParse(posted);
        if (parsed.success) return { ...film, rows: parsed.data, posted };
        for (const { message, path } of parsed.error.issues) {
          context.addIssue({ code: "custom", message, path: path.length > 0 ? [path.join(".")] : [] });
        }
        return z.NEVER;
      }),
    input: (formData) => ({
      filmId: formData.get("filmId"),
      version: formData.get("version"),
      rows: postedRows(formData),
    }),
    values: postedRows,
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
