"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, SubmitButton } from "@/app/_components/form-field";
import { confirmEmailAction } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("ConfirmEmailForm");
  const [state, formAction, isPending] = useActionState(confirmEmailAction, NOT_POSTED);
  return (
    <form action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
    </form>
  );
}
