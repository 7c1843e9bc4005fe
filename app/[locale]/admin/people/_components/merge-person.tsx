"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { mergePersonAction } from "../actions";

/** Folds this person, a duplicate, into the one to keep; behind a disclosure, since only the audit log undoes it. */
export function MergePerson({ personId, name }: { personId: number; name: string }) {
  const t = useTranslations("AdminMergePerson");
  const [state, formAction, isPending] = useActionState(mergePersonAction, NOT_POSTED);
  return (
    <details open={Boolean(state.errors)} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <form action={formAction} className="mt-3 max-w-xl space-y-3">
        <p>{t("explanation", { name })}</p>
        <input type="hidden" name="duplicateId" value={personId} />
        <FormError errors={state.errors?.form ?? state.errors?.duplicateId} />
        <FormField
          name="keep"
          label={t("keep")}
          hint={t("keepHint")}
          required
          maxLength={300}
          defaultValue={state.values?.keep ?? ""}
          errors={state.errors?.keep}
        />
        <SubmitButton isPending={isPending}>{t("submit", { name })}</SubmitButton>
      </form>
    </details>
  );
}
