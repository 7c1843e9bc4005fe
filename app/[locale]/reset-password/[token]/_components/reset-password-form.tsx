"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token, username }: { token: string; username: string }) {
  const t = useTranslations("ResetPasswordForm");
  const [state, formAction, isPending] = useActionState(resetPasswordAction, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers, which save the new password under this name. */}
      <input type="hidden" name="username" autoComplete="username" value={username} />
      <FormField
        name="newPassword"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={256}
        hint={t("newPasswordHint")}
        errors={state.errors?.newPassword}
      />
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
    </ValidatedForm>
  );
}
