import type { Metadata } from "next";
import Link from "next/link";
import { findWorkingAccountToken } from "@/db/queries/account-tokens";
import { LINK_USED_UP } from "@/lib/account-tokens";
import { pageMetadata } from "@/lib/page-metadata";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

// Rendered whole per request (it "blocks"): a browser without JavaScript gets the form in the HTML, and a spent
// link says so at once.
export const instant = false;

export const metadata: Metadata = pageMetadata({
  title: "Confirm your email",
  description: "Confirm the new email of your Marquee account.",
  path: "/verify-email",
  isNoIndex: true,
});

/** What the link confirms, or why it no longer works: read at request time, as a spent link must say so at once. */
async function EmailToConfirm({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (token === "done") {
    return (
      <p role="status">
        Your email is changed. <Link href="/settings">Back to your settings</Link>
      </p>
    );
  }
  const account = token.length <= 100 ? await findWorkingAccountToken(token, "verify-email") : undefined;
  if (!account) return <p role="alert">{LINK_USED_UP}</p>;
  return (
    <>
      <p>
        Make <strong>{account.email}</strong> the email of @{account.username}?
      </p>
      <ConfirmEmailForm token={token} />
    </>
  );
}

export default function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Confirm your email</h1>
      <EmailToConfirm params={params} />
    </div>
  );
}
