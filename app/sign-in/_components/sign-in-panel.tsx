import { FormError } from "@/app/_components/form-field";
import { oauthProviders } from "@/auth";
import { ProviderSignIn } from "./provider-sign-in";
import { SignInForm } from "./sign-in-form";

export function SignInPanel({ notice }: { notice?: string }) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <FormError errors={notice ? [notice] : undefined} />
      <SignInForm />
      {oauthProviders.length > 0 ? (
        <section
          aria-label="Other ways to sign in"
          className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800"
        >
          <ProviderSignIn providers={oauthProviders.map(({ id, name }) => ({ id, name }))} />
        </section>
      ) : null}
    </div>
  );
}
