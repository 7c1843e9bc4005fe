"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError } from "@/app/_components/form-field";
import { deleteFilmAction } from "../actions";
import { versionedFormErrors } from "../../_components/versioned-form";

/** Deleting a film takes its reviews with it (until reverted), so the form says how many and asks for a tick first. */
export function DeleteFilmForm({
  filmId,
  version,
  title,
  reviewCount,
}: {
  filmId: number;
  version: string;
  title: string;
  reviewCount: number;
}) {
  const t = useTranslations("AdminDeleteFilmForm");
  const [state, formAction, isPending] = useActionState(deleteFilmAction, NOT_POSTED);
  return (
    <section
      id="delete"
      aria-labelledby="delete-heading"
      className="max-w-3xl space-y-3 rounded-md border border-red-300 p-4 dark:border-red-900"
    >
      <h2 id="delete-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="filmId" value={filmId} />
        <input type="hidden" name="version" value={version} />
        <FormError errors={versionedFormErrors(state.errors, "filmId") ?? state.errors?.confirm} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" value="delete" required />
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
