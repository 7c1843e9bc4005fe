"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { useReturnPath } from "@/app/_components/use-return-path";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { signUp } from "../actions";

export function SignUpForm() {
  const returnTo = useReturnPath();
  const [state, formAction, isPending] = useActionState(signUp, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError errors={state.errors?.form} />
      <FormField
        name="username"
        label="Username"
        autoComplete="username"
        required
        pattern="[A-Za-z0-9_]{3,30}"
        hint="3 to 30 letters, digits or underscores; it will be in your profile's address."
        defaultValue={state.values?.username}
        errors={state.errors?.username}
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={256}
        hint="At least 10 characters, and not a common password or your username. A long phrase is easier to remember and harder to guess."
        errors={state.errors?.password}
      />
      <SubmitButton isPending={isPending}>Create account</SubmitButton>
      <p>
        Already have an account?{" "}
        <Link href={returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : "/sign-in"}>Sign in</Link>
      </p>
    </ValidatedForm>
  );
}
