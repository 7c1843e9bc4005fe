"use client";

import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { signOutAction } from "@/app/[locale]/sign-in/actions";
import { CheckMemberAfterActions } from "./use-member";

/** The header's and the settings page's sign-out; the action answers only when it could not sign out. */
export function SignOutForm({ children }: { children: React.ReactNode }) {
  const [state, formAction] = useActionState(signOutAction, NOT_POSTED);
  return (
    <form action={formAction}>
      <CheckMemberAfterActions />
      <button type="submit" className="text-accent-700 underline underline-offset-2 dark:text-accent-400">
        {children}
      </button>
      {state.errors?.form ? <p role="status">{state.errors.form.join(" ")}</p> : null}
    </form>
  );
}
