import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/page-metadata";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

// Rendered whole per request (it "blocks"): a browser without JavaScript, sent back here after its post, gets the
// notice in the HTML.
export const instant = false;

export const metadata: Metadata = pageMetadata({
  title: "Forgot your password?",
  description: "Get a link to choose a new Marquee password, sent to your account’s email.",
  path: "/forgot-password",
  isNoIndex: true,
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** After a post: what the form did, in words that say nothing of whether the address has an account. */
async function SentNotice({ searchParams }: { searchParams: SearchParams }) {
  const { sent } = await searchParams;
  if (!sent) return <Invitation />;
  return (
    <p role="status" className="rounded-md bg-emerald-50 p-3 dark:bg-emerald-950">
      If an account uses that email, a link to choose a new password is on its way. It works for an hour; only the
      latest link works.
    </p>
  );
}

function Invitation() {
  return <p>Give the email of your account, and we will send you a link to choose a new password.</p>;
}

export default function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Forgot your password?</h1>
      <SentNotice searchParams={searchParams} />
      <ForgotPasswordForm />
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
