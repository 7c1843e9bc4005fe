import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/page-metadata";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

// Rendered whole per request (it "blocks"): a browser without JavaScript, sent back here after its post, gets the
// notice in the HTML.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ForgotPasswordPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/forgot-password",
    isNoIndex: true,
  });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The invitation; after a post, what the form did, in words that say nothing of whether the address has an account. */
async function SentNotice({ searchParams }: { searchParams: SearchParams }) {
  const [{ sent }, t] = await Promise.all([searchParams, getTranslations("ForgotPasswordPage")]);
  if (!sent) return <p>{t("invitation")}</p>;
  return (
    <p role="status" className="rounded-md bg-emerald-50 p-3 dark:bg-emerald-950">
      {t("sent")}
    </p>
  );
}

export default function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("ForgotPasswordPage");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <SentNotice searchParams={searchParams} />
      <ForgotPasswordForm />
      <p>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
