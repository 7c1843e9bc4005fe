import { FormError } from "@/app/_components/form-field";
import { oauthProviders } from "@/auth";
import { signInWithProvider } from "../actions";
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
          {oauthProviders.map((provider) => (
            <form key={provider.id} action={signInWithProvider}>
              <input type="hidden" name="provider" value={provider.id} />
              <button
                type="submit"
                className="w-full rounded-md border border-stone-300 px-4 py-2 font-medium dark:border-stone-700"
              >
                Continue with {provider.name}
              </button>
            </form>
          ))}
        </section>
      ) : null}
    </div>
  );
}
