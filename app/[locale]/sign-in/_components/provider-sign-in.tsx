"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { FormError } from "@/app/_components/form-field";
import { signInWithProvider } from "../actions";

/** A button for each configured OAuth provider; the action answers only when it could not leave for the provider. */
export function ProviderSignIn({ providers }: { providers: { id: string; name: string }[] }) {
  const t = useTranslations("ProviderSignIn");
  const [state, formAction] = useActionState(signInWithProvider, NOT_POSTED);
  return (
    <>
      <FormError errors={state.errors?.form ?? state.errors?.provider} />
      {providers.map((provider) => (
        <form key={provider.id} action={formAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <button
            type="submit"
            className="w-full rounded-md border border-stone-300 px-4 py-2 font-medium dark:border-stone-700"
          >
            {t("continueWith", { provider: provider.name })}
          </button>
        </form>
      ))}
    </>
  );
}
