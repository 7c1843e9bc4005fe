"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { FormError, FormField, SubmitButton } from "@/app/_components/form-field";
import { signInWithPassword, type SignInState } from "../actions";

export function SignInForm() {
  const returnTo = useSearchParams().get("returnTo") ?? "/";
  const [state, formAction, isPending] = useActionState(signInWithPassword, {} as SignInState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormError errors={state.errors?.form} />
      <FormField name="login" label="Username or email" autoComplete="username" required defaultValue={state.values?.login} errors={state.errors?.login} />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <SubmitButton isPending={isPending}>Sign in</SubmitButton>
      <p>
        New here? <Link href={`/sign-up?returnTo=${encodeURIComponent(returnTo)}`}>Create an account</Link>
      </p>
    </form>
  );
}
