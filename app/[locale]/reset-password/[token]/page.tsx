import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { findWorkingAccountToken } from "@/db/queries/account-tokens";
import { pageMetadata } from "@/lib/page-metadata";
import { ResetPasswordForm } from "./_components/reset-password-form";

// Rendered whole per request (it "blocks"): a browser without JavaScript gets the form in the HTML, and a spent
// link says so at once.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResetPasswordPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/reset-password",
    isNoIndex: true,
  });
}

/** The form, or why the link no longer works: read at request time, as a spent link must say so at once. */
async function ResetPassword({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("ResetPasswordPage")]);
  const account = token.length <= 100 ? await findWorkingAccountToken(token, "password-reset") : undefined;
  if (!account) {
    return (
      <>
        <p role="alert">{t("linkUsedUp")}</p>
        <p>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p>{t("forMember", { username: account.username })}</p>
      <ResetPasswordForm token={token} username={account.username} />
    </>
  );
}

export default function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const t = useTranslations("ResetPasswordPage");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <ResetPassword params={params} />
    </div>
  );
}
