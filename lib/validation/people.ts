// The admin person forms' rules (edit, other names, merge, delete), shared by the forms, their server actions and
// reverts.
import { z } from "zod";
import type { personNameKind } from "@/db/schema";
import { FORM_OUT_OF_DATE, idField, optionalDate, optionalText, textFields } from "./fields";
import { referenceSchema } from "./references";
import { filledCharactersSchema, savedRowsSchema } from "./saved-rows";

export const PERSON_BIO_MAX_LENGTH = 5000;

/** ISO dates compare correctly as text. */
const isLifespanPossible = (person: { birthDate: string | null; deathDate: string | null }) =>
  !person.birthDate || !person.deathDate || person.deathDate >= person.birthDate;

const DEATH_BEFORE_BIRTH = { message: "The death date is before the birth date.", path: ["deathDate"] };

const personFields = z.object({
  name: z.string().trim().min(1, "Enter the name.").max(300, "Keep the name under 300 characters."),
  originalName: optionalText(300, "Keep the original name under 300 characters."),
  birthDate: optionalDate,
  birthPlace: optionalText(300, "Keep the birth place under 300 characters."),
  deathDate: optionalDate,
  deathPlace: optionalText(300, "Keep the death place under 300 characters."),
  bio: optionalText(
    PERSON_BIO_MAX_LENGTH,
    `Keep the biography under ${PERSON_BIO_MAX_LENGTH.toLocaleString("en-US")} characters.`,
  ),
});

export const personFormSchema = personFields.refine(isLifespanPossible, DEATH_BEFORE_BIRTH);

export type PersonFields = z.output<typeof personFormSchema>;

/** What an edit of a person posts besides its fields: the person and the version it was opened at, both from the page. */
export const personAndVersion = z.object({ personId: idField(FORM_OUT_OF_DATE), version: z.string(FORM_OUT_OF_DATE) });

export const PERSON_NAME_KINDS = [
  "romanisation",
  "native",
  "stage",
  "birth",
  "other",
] as const satisfies readonly (typeof personNameKind.enumValues)[number][];

export const otherNameRowSchema = z.object({
  name: z.string().trim().min(1, "Enter the name, or remove it.").max(300, "Keep the name under 300 characters."),
  kind: z.enum(PERSON_NAME_KINDS, "Choose what kind of name this is."),
});

export const otherNamesSchema = z
  .array(otherNameRowSchema)
  .max(50, "A person has at most 50 other names here.")
  .superRefine((otherNames, context) => {
    const seen = new Set<string>();
    otherNames.forEach(({ name }, index) => {
      if (seen.has(name))
        context.addIssue({ code: "custom", path: [index, "name"], message: "This name is listed twice." });
      seen.add(name);
    });
  });

export type OtherName = z.output<typeof otherNameRowSchema>;

/** A stored photo's address (lib/image-files.ts). */
export const PERSON_PHOTO_PATH = /^\/photos\/[0-9a-f]{64}\.webp$/;

/** A person as the audit log stored it (already-parsed values), for reverting to it. */
export const personSnapshotSchema = z
  .object({
    name: z.string().min(1),
    originalName: z.string().nullable(),
    birthDate: z.string().nullable(),
    birthPlace: z.string().nullable(),
    deathDate: z.string().nullable(),
    deathPlace: z.string().nullable(),
    bio: z.string().nullable(),
    // Kept since photos could be uploaded; a revert to an older version leaves the photo as it is.
    photo: z.string().regex(PERSON_PHOTO_PATH).nullable().optional(),
    // Kept since people have other names; likewise left as they are by a revert to an older version.
    otherNames: z.array(z.object({ name: z.string().min(1), kind: z.enum(PERSON_NAME_KINDS) })).optional(),
  })
  .refine(isLifespanPossible, DEATH_BEFORE_BIRTH) satisfies z.ZodType<PersonFields>;

/** Reads the person form's text fields by name. */
export function personFormInput(formData: FormData) {
  return textFields(formData, ["name", "originalName", "birthDate", "birthPlace", "deathDate", "deathPlace", "bio"]);
}

/** Names the person to keep by id, slug or a link to their page. */
export const personReferenceSchema = referenceSchema({
  path: "people",
  missing: "Enter the id or slug of the person to keep.",
  invalid: "Enter an id such as 42 or a slug such as akira-kurosawa.",
});

export type PersonReference = z.output<typeof personReferenceSchema>;

// The duplicate comes from the page, not from typing: a bad one means the page is stale.
export const mergePeopleSchema = z.object({ duplicateId: idField(FORM_OUT_OF_DATE), keep: personReferenceSchema });

const ids = z.array(z.number().int().positive());

/**
 * What a merge changed beyond the duplicate's own rows (kept in its `before`), kept in the duplicate's audit entry
 * (`after`) so that a revert can undo exactly that: rows moved to the kept person, dropped as the kept person's
 * already, added or replaced, and values filled in.
 */
export const personMergeSchema = z.object({
  mergedInto: z.number().int().positive(),
  merge: z.object({
    /** The kept person's version before and after the merge: put back by a revert when nothing changed it since. */
    keptVersions: z.object({ before: z.string(), after: z.string() }),
    moved: z.object({ credits: ids, otherNames: ids, externalIds: ids, redirects: ids }),
    /** The duplicate's credits deleted because the kept person had the same (their rows are in `before`). */
    droppedCredits: ids,
    /** The redirect from the duplicate's slug, and those of other people it replaced, as they were. */
    addedRedirect: z.number().int().positive(),
    replaced: savedRowsSchema,
    filled: z.object({
      person: z
        .object({
          originalName: z.string(),
          birthDate: z.string(),
          birthPlace: z.string(),
          deathDate: z.string(),
          deathPlace: z.string(),
          bio: z.string(),
          photo: z.string(),
        })
        .partial(),
      characters: filledCharactersSchema,
    }),
  }),
});

export type PersonMerge = z.output<typeof personMergeSchema>;
