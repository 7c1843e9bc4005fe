import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ForgetMember } from "@/app/_components/forget-member";
import { SignOutForm } from "@/app/_components/sign-out-form";
import { findSignedInUser } from "@/auth";
import { pageMetadata } from "@/lib/page-metadata";
import { ChangePasswordForm, DeleteAccountForm, LetterboxdImportForm } from "./_components/settings-forms";

export const metadata: Metadata = pageMetadata({
  title: "Settings",
  description: "Your Marquee account: password, your data, and account deletion.",
  path: "/settings",
  isNoIndex: true,
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Every form of the page. Without a username it is the static version for browsers without JavaScript (every
 * action checks the session itself).
 */
function SettingsSections({ username }: { username?: string }) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-2xl font-semibold">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className="text-2xl font-semibold">
          Your data
        </h2>
        <p>
          <a href="/settings/export.csv" download>
            Export your ratings and reviews
          </a>{" "}
          as a CSV with Letterboxd’s columns (a trash rating has no stars there and is tagged “trash”).
        </p>
        <LetterboxdImportForm />
      </section>
      <section aria-labelledby="session-heading" className="space-y-4">
        <h2 id="session-heading" className="text-2xl font-semibold">
          Session
        </h2>
        <SignOutForm>Sign out of this browser</SignOutForm>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-2xl font-semibold">
          Delete your account
        </h2>
        <p>
          This deletes {username ? `@${username}` : "your account"} with all of your ratings and reviews, at once and
          for good; films’ ratings are recalculated without them.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}

async function AccountSettings({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const user = await findSignedInUser();
  if (!user) {
    return (
      <p>
        <ForgetMember />
        <Link href="/sign-in?returnTo=/settings">Sign in</Link> to change your settings.
      </p>
    );
  }
  const { password } = await searchParams;
  return (
    <>
      {password === "changed" ? (
        <p role="status">Your password is changed. Other sessions have been signed out.</p>
      ) : null}
      <SettingsSections username={user.username} />
    </>
  );
}

export default function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      {/* Without JavaScript the forms come from the static page (noscript); with it, the member's own version
          streams in, and nothing is shown before it that could be typed into and then replaced. */}
      <Suspense
        fallback={
          <noscript>
            <SettingsSections />
          </noscript>
        }
      >
        <AccountSettings searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
