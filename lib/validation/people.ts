// The admin person forms' rules (edit, merge, delete), shared by the forms, their server actions and reverts.
import { z } from "zod";
import { parseId } from "@/lib/route-params";
import { FORM_OUT_OF_DATE, idField, optionalDate, optionalText, textFields } from "./fields";

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
  })
  .refine(isLifespanPossible, DEATH_BEFORE_BIRTH) satisfies z.ZodType<PersonFields>;

/** Reads the person form's text fields by name. */
export function personFormInput(formData: FormData) {
  return textFields(formData, ["name", "originalName", "birthDate", "birthPlace", "deathDate", "deathPlace", "bio"]);
}

/**
 * Names a person by id ("42", "#42") or slug ("akira-kurosawa", or a pasted "/people/akira-kurosawa" link),
 * since admins find the person to keep on its public page or in the list.
 */
export const personReferenceSchema = z
  .string()
  .trim()
  .min(1, "Enter the id or slug of the person to keep.")
  .max(300, "Enter an id such as 42 or a slug such as akira-kurosawa.")
  .transform((text, context): { id: number } | { slug: string } => {
    const id = parseId(text.replace(/^#/, ""));
    if (id) return { id };
    const slug = text.replace(/^.*\/people\//, "").replace(/[/?#].*$/, "");
    if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return { slug };
    context.addIssue({ code: "custom", message: "Enter an id such as 42 or a slug such as akira-kurosawa." });
    return z.NEVER;
  });

export type PersonReference = z.output<typeof personReferenceSchema>;

// The duplicate comes from the page, not from typing: a bad one means the page is stale.
export const mergePeopleSchema = z.object({ duplicateId: idField(FORM_OUT_OF_DATE), keep: personReferenceSchema });
