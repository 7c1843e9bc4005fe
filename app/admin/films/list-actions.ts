"use server";

import type { z } from "zod";
import type { FilmChange } from "@/db/mutations/films";
import type { FilmSnapshot } from "@/db/queries/film-snapshot";
import { creditsSchema, formRows, plotsSchema, rowErrors, titlesSchema } from "@/lib/validation/film-sections";
import { saveFilmChange, type FilmFormState } from "./_actions/save-film-change";

// Each list comes as repeated fields in row order; see formRows.
const TITLE_FIELDS = ["title", "kind", "countryCode", "language"] as const;
const PLOT_FIELDS = ["body", "source", "sourceUrl", "license", "language"] as const;
// `name` is only what the editor showed for a chosen person, for the conflict table; the id is what counts.
const CREDIT_FIELDS = ["personId", "name", "newPersonName", "role", "character"] as const;

type Rows<Fields extends readonly string[]> = Record<Fields[number], string>[];

/** Parses a posted list and saves it as one change of the film: the steps every list editor shares. */
async function saveList<Fields extends readonly string[], Parsed>(
  previous: FilmFormState<Rows<Fields>>,
  formData: FormData,
  list: {
    prefix: string;
    fields: Fields;
    schema: z.ZodType<Parsed>;
    section: string;
    toChange: (parsed: Parsed, values: Rows<Fields>) => { change: FilmChange; yours: Partial<FilmSnapshot> };
  },
) {
  const values = formRows(formData, list.prefix, list.fields);
  const parsed = list.schema.safeParse(values);
  if (!parsed.success) return { errors: rowErrors(parsed.error), values, attempt: (previous.attempt ?? 0) + 1 };
  return saveFilmChange({ formData, ...list.toChange(parsed.data, values), values, previous, section: list.section });
}

export async function saveTitlesAction(previous: FilmFormState<Rows<typeof TITLE_FIELDS>>, formData: FormData) {
  return saveList(previous, formData, {
    prefix: "title",
    fields: TITLE_FIELDS,
    schema: titlesSchema,
    section: "titles",
    toChange: (titles) => ({ change: { titles }, yours: { titles } }),
  });
}

export async function savePlotsAction(previous: FilmFormState<Rows<typeof PLOT_FIELDS>>, formData: FormData) {
  return saveList(previous, formData, {
    prefix: "plot",
    fields: PLOT_FIELDS,
    schema: plotsSchema,
    section: "plots",
    toChange: (plots) => ({ change: { plots }, yours: { plots } }),
  });
}

export async function saveCreditsAction(previous: FilmFormState<Rows<typeof CREDIT_FIELDS>>, formData: FormData) {
  return saveList(previous, formData, {
    prefix: "credit",
    fields: CREDIT_FIELDS,
    schema: creditsSchema,
    section: "credits",
    toChange: (credits, values) => ({
      change: { credits },
      yours: {
        credits: credits.map((credit, index) => ({
          personId: credit.personId ?? 0,
          name: credit.newPersonName ?? values[index]!.name.slice(0, 200),
          role: credit.role,
          character: credit.character,
        })),
      },
    }),
  });
}
