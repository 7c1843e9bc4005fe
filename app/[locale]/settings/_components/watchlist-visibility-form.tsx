"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, RadioChoices, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { setWatchlistVisibilityAction, type WatchlistVisibility } from "../watchlist-actions";

/** Who sees the member's watchlist; unknown on the static page for browsers without JavaScript. */
export function WatchlistVisibilityForm({ isPublic }: { isPublic?: boolean }) {
  const t = useTranslations("WatchlistVisibilityForm");
  const [state, formAction, isPending] = useActionState(setWatchlistVisibilityAction, NOT_POSTED);
  const choices = {
    public: t("choices.public"),
    private: t("choices.private"),
  } satisfies Record<WatchlistVisibility, string>;
  const chosen = state.values?.visibility ?? (isPublic === undefined ? undefined : isPublic ? "public" : "private");
  return (
    <ValidatedForm key={state.attempt} action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      {state.ok ? <p role="status">{t("saved")}</p> : null}
      <RadioChoices
        name="visibility"
        legend={t("legend")}
        choices={choices}
        chosen={chosen}
        errors={state.errors?.visibility}
      />
      <SubmitButton isPending={isPending}>{t("save")}</SubmitButton>
    </ValidatedForm>
  );
}
