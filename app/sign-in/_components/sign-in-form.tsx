"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { ValidatedForm } from "@/app/_components/validated-form";
import { useReturnPath } from "@/app/_components/use-return-path";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { signInWithPassword } from "../actions";

export function SignInForm() {
  const returnTo = useReturnPath();
  const [state, formAction, isPending] = useActionState(signInWithPassword, NOT_POSTED);
  return (
    <ValidatedForm action={formAction} className="space-y-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError errors={state.errors?.form} />
      <FormField
        name="login"
        label="Username or email"
        autoComplete="username"
        required
        defaultValue={state.values?.login}
        errors={state.errors?.login}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton isPending={isPending}>Sign in</SubmitButton>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here?{" "}
        <Link href={returnTo ? `/sign-up?returnTo=${encodeURIComponent(returnTo)}` : "/sign-up"}>
          Create an account
        </Link>
      </p>
    </ValidatedForm>
  );
}
