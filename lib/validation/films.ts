// The admin film form's rules, shared by the form and its server action.
import { z } from "zod";
import { optionalDate, optionalText, textFields } from "./fields";
import { CREDIT_ROLES, TITLE_KINDS } from "./film-sections";

export const filmFormSchema = z.object({
  title: z.string().trim().min(1, "Enter the title.").max(300, "Keep the title under 300 characters."),
  originalTitle: optionalText(300, "Keep the original title under 300 characters."),
  year: z.coerce
    .number({ error: "Enter the year." })
    .int("Enter the year as a whole number.")
    .min(1870, "Films begin in the 1870s.")
    .max(2100, "Enter a year up to 2100."),
  releaseDate: optionalDate,
  runtimeMinutes: z
    .union(
      [
        z.literal(""),
        z.coerce.number().int("Enter whole minutes.").min(1, "At least a minute.").max(6000, "At most 6,000 minutes."),
      ],
      {
        error: "Enter the runtime in whole minutes.",
      },
    )
    .transform((minutes) => (minutes === "" ? null : minutes)),
  genres: z
    .array(z.string().regex(/^[a-z0-9-]{1,60}$/, "Choose genres from the list."))
    .max(20, "Choose at most 20 genres."),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "Choose countries from the list."))
    .max(20, "Choose at most 20 countries."),
});

export type FilmFields = z.output<typeof filmFormSchema>;

/**
 * A film as the audit log stored it (already-parsed values), for reverting to it. Entries written before a part
 * (titles, plots, credits, poster) was kept lack it; a revert leaves such a part as it is.
 */
export const filmSnapshotSchema = z.object({
  title: z.string().min(1),
  originalTitle: z.string().nullable(),
  year: z.number().int(),
  releaseDate: z.string().nullable(),
  runtimeMinutes: z.number().int().nullable(),
  genres: z.array(z.string()),
  countries: z.array(z.string()),
  titles: z
    .array(
      z.object({
        title: z.string().min(1),
        kind: z.enum(TITLE_KINDS),
        countryCode: z.string().nullable(),
        language: z.string().nullable(),
      }),
    )
    .optional(),
  plots: z
    .array(
      z.object({
        body: z.string().min(1),
        source: z.string().min(1),
        sourceUrl: z.string().nullable(),
        license: z.string().nullable(),
        language: z.string(),
      }),
    )
    .optional(),
  credits: z
    .array(
      z.object({ personId: z.number().int().positive(), role: z.enum(CREDIT_ROLES), character: z.string().nullable() }),
    )
    .optional(),
  poster: z.string().nullable().optional(),
});

/** Reads the film form: text fields by name, genres and countries as repeated checkboxes. */
export function filmFormInput(formData: FormData) {
  return {
    ...textFields(formData, ["title", "originalTitle", "year", "releaseDate", "runtimeMinutes"]),
    genres: formData.getAll("genres").map(String),
    countries: formData.getAll("countries").map(String),
  };
}
