"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { requestPasswordResetAction } from "../actions";

export function ForgotPasswordForm() {
  const t = useTranslations("ForgotPasswordForm");
  const [state, formAction, isPending] = useActionState(requestPasswordResetAction, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
    </ValidatedForm>
  );
}
