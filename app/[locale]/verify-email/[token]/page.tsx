import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { findWorkingAccountToken } from "@/db/queries/account-tokens";
import { pageMetadata } from "@/lib/page-metadata";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

// Rendered whole per request (it "blocks"): a browser without JavaScript gets the form in the HTML, and a spent
// link says so at once.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmailPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/verify-email",
    isNoIndex: true,
  });
}

/** What the link confirms, or why it no longer works: read at request time, as a spent link must say so at once. */
async function EmailToConfirm({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("VerifyEmailPage")]);
  if (token === "done") {
    return <p role="status">{t.rich("changed", { link: (chunks) => <Link href="/settings">{chunks}</Link> })}</p>;
  }
  const account = token.length <= 100 ? await findWorkingAccountToken(token, "verify-email") : undefined;
  if (!account) return <p role="alert">{t("linkUsedUp")}</p>;
  return (
    <>
      <p>
        {t.rich("question", {
          email: account.email,
          username: account.username,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <ConfirmEmailForm token={token} />
    </>
  );
}

export default function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const t = useTranslations("VerifyEmailPage");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <EmailToConfirm params={params} />
    </div>
  );
}
