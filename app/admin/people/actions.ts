"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { createPerson, deletePerson, mergePeople, updatePerson } from "@/db/mutations/people";
import type { PersonSnapshot } from "@/db/queries/person-snapshot";
import { diffSnapshots } from "@/lib/audit-diff";
import { FORM_OUT_OF_DATE, idField, textFields } from "@/lib/validation/fields";
import { mergePeopleSchema, personFormInput, personFormSchema } from "@/lib/validation/people";

const MERGE_REFUSALS = {
  "same-person": "A person cannot be merged into themselves: enter the person to keep.",
  "kept-not-found": "No person has that id or slug.",
  "duplicate-not-found": "This person has been deleted or merged already.",
} as const;

export const savePersonAction = defineAction({
  who: "admin",
  schema: personFormSchema.safeExtend({
    // A new person's form has no id and no version; an edit's version is the one the form was opened at, so no
    // update is lost (none is no version the person has had: the edit is shown as a conflict, to be saved again).
    personId: idField(FORM_OUT_OF_DATE).optional(),
    version: z.string(FORM_OUT_OF_DATE).default(""),
  }),
  input: (formData) => ({
    ...personFormInput(formData),
    personId: formData.get("personId") ?? undefined,
    version: formData.get("version") ?? undefined,
  }),
  values: personFormInput,
  async run({ personId, version, ...fields }, { caller }) {
    if (!personId) {
      const created = await createPerson({ actorId: caller.id, fields });
      return done({
        writes: [{ kind: "people-changed", ...created.pages }],
        redirectTo: `/admin/people/${created.id}?saved=created`,
      });
    }
    const updated = await updatePerson({ actorId: caller.id, personId, version, fields });
    if (!updated.ok && updated.reason === "not-found")
      return refuse("This person has been deleted or merged into another.");
    if (!updated.ok) {
      // What the other admin changed, and their version: saving again overwrites it with this admin's.
      const conflict = {
        changes: diffSnapshots(
          { ...fields, slug: updated.current.slug, photo: updated.current.photo } satisfies PersonSnapshot,
          updated.current,
        ),
        version: updated.version,
      };
      return refuse(
        "This person was changed since you opened it. Check the changes below; saving again keeps your version.",
        { result: { conflict } },
      );
    }
    return done({
      writes: [{ kind: "people-changed", ...updated.pages }],
      redirectTo: `/admin/people/${personId}?saved=updated`,
    });
  },
});

export const mergePersonAction = defineAction({
  who: "admin",
  schema: mergePeopleSchema,
  values: (formData) => textFields(formData, ["keep"]),
  async run({ duplicateId, keep }, { caller }) {
    const merged = await mergePeople({ actorId: caller.id, duplicateId, keep });
    if (!merged.ok) {
      const message = MERGE_REFUSALS[merged.reason];
      return merged.reason === "duplicate-not-found" ? refuse(message) : refuse({ keep: [message] });
    }
    return done({
      writes: [{ kind: "people-changed", ...merged.pages }],
      redirectTo: `/admin/people/${merged.keptId}?saved=merged`,
    });
  },
});

export const deletePersonAction = defineAction({
  who: "admin",
  schema: z.object({ personId: idField(FORM_OUT_OF_DATE) }),
  async run({ personId }, { caller }) {
    const deleted = await deletePerson({ actorId: caller.id, personId });
    if (!deleted.ok && deleted.reason === "has-credits")
      return refuse("This person still has credits. Merge this person into another, or remove their credits first.");
    if (!deleted.ok) return refuse("This person has been deleted or merged already.");
    return done({ writes: [{ kind: "people-changed", ...deleted.pages }], redirectTo: "/admin/people?deleted=1" });
  },
});
