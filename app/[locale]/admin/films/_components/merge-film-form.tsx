"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField } from "@/app/_components/form-field";
import { mergeFilmAction } from "../actions";

/**
 * Folds this film, a duplicate, into the one to keep. Like a deletion, it asks for a tick first (which works without
 * JavaScript too); the audit log can revert it.
 */
export function MergeFilmForm({ filmId, title, reviewCount }: { filmId: number; title: string; reviewCount: number }) {
  const t = useTranslations("AdminMergeFilmForm");
  const [state, formAction, isPending] = useActionState(mergeFilmAction, NOT_POSTED);
  return (
    <section
      id="merge"
      aria-labelledby="merge-heading"
      className="max-w-3xl space-y-3 rounded-md border border-stone-300 p-4 dark:border-stone-700"
    >
      <h2 id="merge-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="duplicateId" value={filmId} />
        <FormError errors={state.errors?.form ?? state.errors?.duplicateId ?? state.errors?.confirm} />
        <FormField
          name="keep"
          label={t("keep")}
          hint={t("keepHint")}
          required
          maxLength={300}
          defaultValue={state.values?.keep ?? ""}
          errors={state.errors?.keep}
        />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" value="merge" required />
          <span>{t("confirm", { title, count: reviewCount })}</span>
        </label>
        <button
          type="submit"
          disabled={isPending}
          className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-600 disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
