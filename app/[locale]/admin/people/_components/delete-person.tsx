"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError } from "@/app/_components/form-field";
import { deletePersonAction } from "../actions";

/** Deletes this person after a confirming second click; refused while they have credits. */
export function DeletePerson({ personId, name }: { personId: number; name: string }) {
  const t = useTranslations("AdminDeletePerson");
  const [state, formAction, isPending] = useActionState(deletePersonAction, NOT_POSTED);
  return (
    <details open={Boolean(state.errors)} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="personId" value={personId} />
        <FormError errors={state.errors?.form ?? state.errors?.personId} />
        <p>{t("question", { name })}</p>
        <button
          type="submit"
          disabled={isPending}
          className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-600 disabled:opacity-60"
        >
          {t("submit", { name })}
        </button>
      </form>
    </details>
  );
}
