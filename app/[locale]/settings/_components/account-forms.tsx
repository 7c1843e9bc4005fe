"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton, TextAreaField } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { changeEmailAction, updateProfileAction } from "../account-actions";

/** The name and bio on the member's profile; unknown on the static page for browsers without JavaScript. */
export function ProfileForm({ profile }: { profile?: { displayName: string | null; bio: string | null } }) {
  const t = useTranslations("ProfileForm");
  const [state, formAction, isPending] = useActionState(updateProfileAction, NOT_POSTED);
  const values = state.values ?? { displayName: profile?.displayName ?? "", bio: profile?.bio ?? "" };
  return (
    // Keyed by the answer, so that the fields start again from what was saved or typed.
    <ValidatedForm key={state.attempt} action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      {state.ok ? <p role="status">{t("saved")}</p> : null}
      <FormField
        name="displayName"
        label={t("displayName")}
        autoComplete="name"
        maxLength={50}
        defaultValue={values.displayName}
        hint={t("displayNameHint")}
        errors={state.errors?.displayName}
      />
      <TextAreaField
        name="bio"
        label={t("bio")}
        rows={3}
        maxLength={500}
        defaultValue={values.bio}
        hint={t("bioHint")}
        errors={state.errors?.bio}
      />
      <SubmitButton isPending={isPending}>{t("save")}</SubmitButton>
    </ValidatedForm>
  );
}

/** A new email, taken once its link is followed; the password is asked where the account has one. */
export function ChangeEmailForm({ email, hasPassword }: { email?: string; hasPassword?: boolean }) {
  const t = useTranslations("ChangeEmailForm");
  const [state, formAction, isPending] = useActionState(changeEmailAction, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      {email ? <p>{t("current", { email })}</p> : null}
      <FormError errors={state.errors?.form} />
      <FormField
        name="newEmail"
        label={t("newEmail")}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.newEmail}
        hint={t("newEmailHint")}
        errors={state.errors?.newEmail}
      />
      {hasPassword === false ? null : (
        <FormField
          // The password form beside it has a currentPassword too: ids are the page's, not the form's.
          id="email-current-password"
          name="currentPassword"
          label={t("password")}
          type="password"
          autoComplete="current-password"
          required={hasPassword}
          errors={state.errors?.currentPassword}
        />
      )}
      <SubmitButton isPending={isPending}>{t("submit")}</SubmitButton>
    </ValidatedForm>
  );
}
