"use client";

import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError, FormField, SubmitButton, TextAreaField } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { changeEmailAction, updateProfileAction } from "../account-actions";

/** The name and bio on the member's profile; unknown on the static page for browsers without JavaScript. */
export function ProfileForm({ profile }: { profile?: { displayName: string | null; bio: string | null } }) {
  const [state, formAction, isPending] = useActionState(updateProfileAction, NOT_POSTED);
  const values = state.values ?? { displayName: profile?.displayName ?? "", bio: profile?.bio ?? "" };
  return (
    // Keyed by the answer, so that the fields start again from what was saved or typed.
    <ValidatedForm key={state.attempt} action={formAction} className="space-y-4">
      <FormError errors={state.errors?.form} />
      {state.ok ? <p role="status">Your profile is saved.</p> : null}
      <FormField
        name="displayName"
        label="Display name"
        autoComplete="name"
        maxLength={50}
        defaultValue={values.displayName}
        hint="Shown instead of your username; leave empty to show your username."
        errors={state.errors?.displayName}
      />
      <TextAreaField
        name="bio"
        label="Bio"
        rows={3}
        maxLength={500}
        defaultValue={values.bio}
        hint="Up to 500 characters, shown on your profile as plain text."
        errors={state.errors?.bio}
      />
      <SubmitButton isPending={isPending}>Save profile</SubmitButton>
    </ValidatedForm>
  );
}

/** A new email, taken once its link is followed; the password is asked where the account has one. */
export function ChangeEmailForm({ email, hasPassword }: { email?: string; hasPassword?: boolean }) {
  const [state, formAction, isPending] = useActionState(changeEmailAction, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      {email ? <p>Your email is {email}.</p> : null}
      <FormError errors={state.errors?.form} />
      <FormField
        name="newEmail"
        label="New email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.newEmail}
        hint="We send a link to it; your email changes when you follow that link."
        errors={state.errors?.newEmail}
      />
      {hasPassword === false ? null : (
        <FormField
          // The password form beside it has a currentPassword too: ids are the page's, not the form's.
          id="email-current-password"
          name="currentPassword"
          label="Your password"
          type="password"
          autoComplete="current-password"
          required={hasPassword}
          errors={state.errors?.currentPassword}
        />
      )}
      <SubmitButton isPending={isPending}>Change email</SubmitButton>
    </ValidatedForm>
  );
}
