"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { useReturnPath } from "@/app/_components/use-return-path";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { signInWithPassword } from "../actions";
import { signUpPath } from "@/lib/sign-in-path";

export function SignInForm() {
  const t = useTranslations("SignInForm");
  const returnTo = useReturnPath();
  const [state, formAction, isPending] = useActionState(signInWithPassword, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError errors={state.errors?.form} />
      <FormField
        name="login"
        label={t("login")}
        autoComplete="username"
        required
        defaultValue={state.values?.login}
        errors={state.errors?.login}
      />
      <FormField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
      <p>
        <Link href="/forgot-password">{t("forgotPassword")}</Link>
      </p>
      <p>
        {t.rich("newHere", {
          link: (chunks) => <Link href={signUpPath(returnTo)}>{chunks}</Link>,
        })}
      </p>
    </ValidatedForm>
  );
}
