import type { Metadata } from "next";
import Link from "next/link";
import { findWorkingAccountToken } from "@/db/queries/account-tokens";
import { LINK_USED_UP } from "@/lib/account-tokens";
import { pageMetadata } from "@/lib/page-metadata";
import { ResetPasswordForm } from "./_components/reset-password-form";

// Rendered whole per request (it "blocks"): a browser without JavaScript gets the form in the HTML, and a spent
// link says so at once.
export const instant = false;

export const metadata: Metadata = pageMetadata({
  title: "Choose a new password",
  description: "Choose a new Marquee password.",
  path: "/reset-password",
  isNoIndex: true,
});

/** The form, or why the link no longer works: read at request time, as a spent link must say so at once. */
async function ResetPassword({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = token.length <= 100 ? await findWorkingAccountToken(token, "password-reset") : undefined;
  if (!account) {
    return (
      <>
        <p role="alert">{LINK_USED_UP}</p>
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p>For @{account.username}.</p>
      <ResetPasswordForm token={token} username={account.username} />
    </>
  );
}

export default function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Choose a new password</h1>
      <ResetPassword params={params} />
    </div>
  );
}
