"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { findSignedInAdmin } from "@/auth";
import { createPerson, deletePerson, mergePeople, updatePerson } from "@/db/mutations/people";
import type { PersonSnapshot } from "@/db/queries/person-snapshot";
import { diffSnapshots, type FieldChange } from "@/lib/audit-diff";
import { FORM_OUT_OF_DATE } from "@/lib/validation/fields";
import { parseId } from "@/lib/route-params";
import { mergePeopleSchema, personFormInput, personFormSchema, personIdSchema } from "@/lib/validation/people";
import { invalidateAfter } from "@/app/_data/invalidation";

export interface PersonFormState {
  errors?: Partial<Record<keyof z.input<typeof personFormSchema> | "form", string[]>>;
  values?: ReturnType<typeof personFormInput>;
  /** Set when someone else saved the person meanwhile: what they changed, and the version to overwrite. */
  conflict?: { changes: FieldChange[]; version: string };
}

export interface MergePersonState {
  errors?: { keep?: string[]; form?: string[] };
  keep?: string;
}

export interface DeletePersonState {
  error?: string;
}

const NOT_ALLOWED = "Only admins can change the catalogue.";

const MERGE_REFUSALS = {
  "same-person": "A person cannot be merged into themselves: enter the person to keep.",
  "kept-not-found": "No person has that id or slug.",
  "duplicate-not-found": "This person has been deleted or merged already.",
} as const;

export async function savePersonAction(_previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  const values = personFormInput(formData);
  const parsed = personFormSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  const admin = await findSignedInAdmin();
  if (!admin) return { errors: { form: [NOT_ALLOWED] }, values };

  const personId = parseId(String(formData.get("personId") ?? ""));
  if (!personId) {
    const created = await createPerson({ actorId: admin.id, fields: parsed.data });
    await invalidateAfter({ kind: "people-changed", ...created.pages });
    redirect(`/admin/people/${created.id}?saved=created`);
  }
  const result = await updatePerson({
    actorId: admin.id,
    personId,
    version: String(formData.get("version") ?? ""),
    fields: parsed.data,
  });
  if (!result.ok && result.reason === "not-found")
    return { errors: { form: ["This person has been deleted or merged into another."] }, values };
  if (!result.ok) {
    return {
      errors: {
        form: [
          "This person was changed since you opened it. Check the changes below; saving again keeps your version.",
        ],
      },
      values,
      conflict: {
        changes: diffSnapshots({ ...parsed.data, slug: result.current.slug } satisfies PersonSnapshot, result.current),
        version: result.version,
      },
    };
  }
  await invalidateAfter({ kind: "people-changed", ...result.pages });
  redirect(`/admin/people/${personId}?saved=updated`);
}

export async function mergePersonAction(_previous: MergePersonState, formData: FormData): Promise<MergePersonState> {
  const keep = String(formData.get("keep") ?? "");
  const parsed = mergePeopleSchema.safeParse({ duplicateId: formData.get("duplicateId"), keep });
  if (!parsed.success) {
    const { keep: keepErrors, duplicateId } = z.flattenError(parsed.error).fieldErrors;
    return { errors: { keep: keepErrors, form: duplicateId ? [FORM_OUT_OF_DATE] : undefined }, keep };
  }
  const admin = await findSignedInAdmin();
  if (!admin) return { errors: { form: [NOT_ALLOWED] }, keep };

  const result = await mergePeople({ actorId: admin.id, duplicateId: parsed.data.duplicateId, keep: parsed.data.keep });
  if (!result.ok)
    return {
      errors:
        result.reason === "duplicate-not-found"
          ? { form: [MERGE_REFUSALS[result.reason]] }
          : { keep: [MERGE_REFUSALS[result.reason]] },
      keep,
    };
  await invalidateAfter({ kind: "people-changed", ...result.pages });
  redirect(`/admin/people/${result.keptId}?saved=merged`);
}

export async function deletePersonAction(_previous: DeletePersonState, formData: FormData): Promise<DeletePersonState> {
  const parsed = personIdSchema.safeParse(formData.get("personId"));
  if (!parsed.success) return { error: FORM_OUT_OF_DATE };
  const admin = await findSignedInAdmin();
  if (!admin) return { error: NOT_ALLOWED };

  const result = await deletePerson({ actorId: admin.id, personId: parsed.data });
  if (!result.ok && result.reason === "has-credits")
    return { error: "This person still has credits. Merge this person into another, or remove their credits first." };
  if (!result.ok) return { error: "This person has been deleted or merged already." };
  await invalidateAfter({ kind: "people-changed", ...result.pages });
  redirect("/admin/people?deleted=1");
}
