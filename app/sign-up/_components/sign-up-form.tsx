"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { signUp, type SignUpState } from "../actions";

export function SignUpForm() {
  const returnTo = useSearchParams().get("returnTo") ?? "/";
  const [state, formAction, isPending] = useActionState(signUp, {} as SignUpState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError errors={state.errors?.form} />
      <FormField
        name="username"
        label="Username"
        autoComplete="username"
        required
        hint="3 to 30 letters, digits or underscores; it will be in your profile's address."
        defaultValue={state.values?.username}
        errors={state.errors?.username}
      />
      <FormField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors?.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A long phrase is easier to remember and harder to guess."
        errors={state.errors?.password}
      />
      <SubmitButton isPending={isPending}>Create account</SubmitButton>
      <p>
        Already have an account? <Link href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>Sign in</Link>
      </p>
    </form>
  );
}
