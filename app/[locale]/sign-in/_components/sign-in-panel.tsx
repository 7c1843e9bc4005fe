import { useTranslations } from "next-intl";
import { FormError } from "@/app/_components/form-field";
import { oauthProviders } from "@/auth";
import { ProviderSignIn } from "./provider-sign-in";
import { SignInForm } from "./sign-in-form";

export function SignInPanel({ notice }: { notice?: string }) {
  const t = useTranslations("SignInPage");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <FormError errors={notice ? [notice] : undefined} />
      <SignInForm />
      {oauthProviders.length > 0 ? (
        <section aria-label={t("otherWays")} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
          <ProviderSignIn providers={oauthProviders.map(({ id, name }) => ({ id, name }))} />
        </section>
      ) : null}
    </div>
  );
}
