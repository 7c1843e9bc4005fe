"use client";

import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { mergePersonAction } from "../actions";

/** Folds this person, a duplicate, into the one to keep; behind a disclosure, since only the audit log undoes it. */
export function MergePerson({ personId, name }: { personId: number; name: string }) {
  const [state, formAction, isPending] = useActionState(mergePersonAction, NOT_POSTED);
  return (
    <details open={Boolean(state.errors)} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer font-medium">Merge into…</summary>
      <form action={formAction} className="mt-3 max-w-xl space-y-3">
        <p>
          {name}’s credits, external ids and old links move to the person you keep, who also takes any details they
          lack. Then {name} is deleted, and their page redirects to the kept person. The audit log can revert the merge.
        </p>
        <input type="hidden" name="duplicateId" value={personId} />
        <FormError errors={state.errors?.form ?? state.errors?.duplicateId} />
        <FormField
          name="keep"
          label="Person to keep"
          hint="Their id or slug, e.g. 42 or akira-kurosawa (a link to their page works too)."
          required
          maxLength={300}
          defaultValue={state.values?.keep ?? ""}
          errors={state.errors?.keep}
        />
        <SubmitButton isPending={isPending}>Merge and delete {name}</SubmitButton>
      </form>
    </details>
  );
}
