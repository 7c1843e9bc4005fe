"use server";

import { z } from "zod";
import { defineAction, done, refuse, type Outcome } from "@/app/_actions/define-action";
import type { EditConflict } from "@/app/[locale]/admin/_components/versioned-form";
import { createPerson, deletePerson, updatePerson, type UpdatePersonResult } from "@/db/mutations/people";
import { mergePeople } from "@/db/mutations/person-merge";
import type { PersonSnapshot } from "@/db/queries/person-snapshot";
import { diffSnapshots } from "@/lib/audit-diff";
import { FORM_OUT_OF_DATE, idField, textFields } from "@/lib/validation/fields";
import {
  mergePeopleSchema,
  otherNamesSchema,
  personAndVersion,
  personFormInput,
  personFormSchema,
} from "@/lib/validation/people";
import { postedList } from "../_actions/posted-list";

const GONE = "This person has been deleted or merged into another.";
const CHANGED =
  "This person was changed since you opened it. Check the changes below; saving again keeps your version.";

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
    return answerEdit(updated, { personId, yours: fields, saved: "updated" });
  },
});

// The other names come as repeated fields in row order; see formRows in ../_actions/posted-list.ts.
const OTHER_NAME_FIELDS = ["name", "kind"] as const;

/** Saves a person's other names whole, as one edit of the person. */
export const saveOtherNamesAction = defineAction({
  who: "admin",
  ...postedList({ owner: personAndVersion, prefix: "otherName", fields: OTHER_NAME_FIELDS, rows: otherNamesSchema }),
  async run({ personId, version, rows: otherNames }, { caller }) {
    const updated = await updatePerson({ actorId: caller.id, personId, version, fields: { otherNames } });
    return answerEdit(updated, { personId, yours: { otherNames }, saved: "names#names" });
  },
});

/**
 * Back to the person's admin page at what was saved; or, when another admin saved first, what they changed of the
 * parts this form edits (`yours`), and their version: saving again overwrites it with this admin's.
 */
function answerEdit(
  updated: UpdatePersonResult,
  { personId, yours, saved }: { personId: number; yours: Partial<PersonSnapshot>; saved: string },
): Outcome<never, EditConflict> {
  if (updated.ok)
    return done({
      writes: [{ kind: "people-changed", ...updated.pages }],
      redirectTo: `/admin/people/${personId}?saved=${saved}`,
    });
  if (updated.reason === "not-found") return refuse(GONE);
  const theirs = Object.fromEntries(
    Object.keys(yours).map((key) => [key, updated.current[key as keyof PersonSnapshot]]),
  );
  return refuse(CHANGED, { result: { conflict: { changes: diffSnapshots(yours, theirs), version: updated.version } } });
}

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
