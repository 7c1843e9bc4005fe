"use client";

import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, RadioChoices, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { setWatchlistVisibilityAction, type WatchlistVisibility } from "../watchlist-actions";

const CHOICES = {
  public: "Everyone: it has its own page, linked from your profile.",
  private: "Only me: its page is no page for anyone else, and your profile does not mention it.",
} satisfies Record<WatchlistVisibility, string>;

/** Who sees the member's watchlist; unknown on the static page for browsers without JavaScript. */
export function WatchlistVisibilityForm({ isPublic }: { isPublic?: boolean }) {
  const [state, formAction, isPending] = useActionState(setWatchlistVisibilityAction, NOT_POSTED);
  const chosen = state.values?.visibility ?? (isPublic === undefined ? undefined : isPublic ? "public" : "private");
  return (
    <ValidatedForm key={state.attempt} action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      {state.ok ? <p role="status">Saved.</p> : null}
      <RadioChoices
        name="visibility"
        legend="Who may see your watchlist"
        choices={CHOICES}
        chosen={chosen}
        errors={state.errors?.visibility}
      />
      <SubmitButton isPending={isPending}>Save</SubmitButton>
    </ValidatedForm>
  );
}
