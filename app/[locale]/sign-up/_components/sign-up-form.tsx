"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { useReturnPath } from "@/app/_components/use-return-path";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { signUp } from "../actions";
import { signInPath } from "@/lib/sign-in-path";

export function SignUpForm() {
  const t = useTranslations("SignUpForm");
  const returnTo = useReturnPath();
  const [state, formAction, isPending] = useActionState(signUp, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError errors={state.errors?.form} />
      <FormField
        name="username"
        label={t("username")}
        autoComplete="username"
        required
        pattern="[A-Za-z0-9_]{3,30}"
        hint={t("usernameHint")}
        defaultValue={state.values?.username}
        errors={state.errors?.username}
      />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <FormField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={256}
        hint={t("passwordHint")}
        errors={state.errors?.password}
      />
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
      <p>
        {t.rich("haveAccount", {
          link: (chunks) => <Link href={signInPath(returnTo)}>{chunks}</Link>,
        })}
      </p>
    </ValidatedForm>
  );
}
