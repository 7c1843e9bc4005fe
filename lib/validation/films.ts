// The admin film forms' rules (edit, merge) and what the audit log keeps of films, shared by the forms, their server
// actions and reverts.
import { z } from "zod";
import { FORM_OUT_OF_DATE, idField, optionalDate, optionalText, textFields } from "./fields";
import { CREDIT_ROLES, TITLE_KINDS } from "./film-sections";
import { referenceSchema } from "./references";
import { filledCharactersSchema, savedRowsSchema } from "./saved-rows";

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

const ids = z.array(z.number().int().positive());

/**
 * What a merge changed beyond the duplicate's own rows, kept in the duplicate's audit entry (`after`) so that a
 * revert can undo exactly that: rows moved to or added on the kept film, rows it replaced, values it filled in.
 */
export const filmMergeSchema = z.object({
  mergedInto: z.number().int().positive(),
  merge: z.object({
    /** The kept film's version before and after the merge: put back by a revert when nothing changed it since. */
    keptVersions: z.object({ before: z.string(), after: z.string() }),
    keptStats: z.record(z.string(), z.unknown()).nullable(),
    /** The duplicate's reviews now on the kept film, and the members whose review hold moved with them. */
    movedReviews: ids,
    movedHoldsOf: ids,
    /** The members whose watchlist entry moved to the kept film; none in entries made before watchlists. */
    movedWatchlistOf: ids.default([]),
    /** The duplicate's diary entries, every one now on the kept film; none in entries made before diaries. */
    movedDiaryEntries: ids.default([]),
    /**
     * The lists whose item of the duplicate moved to the kept film, and those that held both (one item kept, at the
     * better position); none in entries made before lists.
     */
    listItems: z
      .object({
        movedOf: ids,
        folded: z.array(
          z.object({
            listId: z.number().int().positive(),
            duplicatePosition: z.number().int(),
            keptPosition: z.number().int(),
          }),
        ),
      })
      .default({ movedOf: [], folded: [] }),
    added: z.object({ titles: ids, revisions: ids, redirects: ids, genres: ids, countries: z.array(z.string()) }),
    /** Rows the merge deleted or moved under another review (the older of two reviews by one member), as they were. */
    replaced: savedRowsSchema,
    filled: z.object({
      film: z
        .object({
          originalTitle: z.string(),
          releaseDate: z.string(),
          runtimeMinutes: z.number().int(),
          poster: z.string(),
        })
        .partial(),
      characters: filledCharactersSchema,
      editedReviews: ids,
    }),
  }),
});

export type FilmMerge = z.output<typeof filmMergeSchema>;

/** Names the film to keep by id, slug or a link to its page. */
export const filmReferenceSchema = referenceSchema({
  path: "films",
  missing: "Enter the id or slug of the film to keep.",
  invalid: "Enter an id such as 42 or a slug such as ikiru-1952.",
});

export type FilmReference = z.output<typeof filmReferenceSchema>;

// The duplicate comes from the page, not from typing: a bad one means the page is stale.
export const mergeFilmsSchema = z.object({
  duplicateId: idField(FORM_OUT_OF_DATE),
  keep: filmReferenceSchema,
  confirm: z.literal("merge", "Tick the box to confirm the merge."),
});

/** Reads the film form: text fields by name, genres and countries as repeated checkboxes. */
export function filmFormInput(formData: FormData) {
  return {
    ...textFields(formData, ["title", "originalTitle", "year", "releaseDate", "runtimeMinutes"]),
    genres: formData.getAll("genres").map(String),
    countries: formData.getAll("countries").map(String),
  };
}
