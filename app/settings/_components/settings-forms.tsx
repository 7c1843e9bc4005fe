"use client";

import { useActionState } from "react";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { changePasswordAction, deleteAccountAction, type SettingsFormState } from "../actions";

export function ChangePasswordForm() {
  const [state, formAction, isPending] = useActionState(changePasswordAction, {} as SettingsFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError errors={state.errors?.form} />
      <FormField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.errors?.currentPassword} />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. You stay signed in here; every other session ends."
        errors={state.errors?.newPassword}
      />
      <SubmitButton isPending={isPending}>Change password</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, formAction, isPending] = useActionState(deleteAccountAction, {} as SettingsFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError errors={state.errors?.form} />
      <FormField
        name="deleteConfirmation"
        label="Password to confirm"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <button type="submit" disabled={isPending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
        Delete my account
      </button>
    </form>
  );
}
