import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { findSignedInUser } from "@/auth";
import { pageMetadata } from "@/lib/page-metadata";
import { ChangePasswordForm, DeleteAccountForm, LetterboxdImportForm } from "./_components/settings-forms";

export const metadata: Metadata = pageMetadata({
  title: "Settings",
  description: "Your Marquee account: password, your data, and account deletion.",
  path: "/settings",
  isNoIndex: true,
});

async function AccountSettings({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await findSignedInUser();
  if (!user) {
    return (
      <p>
        <Link href="/sign-in?returnTo=/settings">Sign in</Link> to change your settings.
      </p>
    );
  }
  const { password } = await searchParams;
  return (
    <div className="space-y-10">
      {password === "changed" ? <p role="status">Your password is changed. Other sessions have been signed out.</p> : null}
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
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-2xl font-semibold">
          Delete your account
        </h2>
        <p>
          This deletes @{user.username} with all of your ratings and reviews, at once and for good; films’ ratings are
          recalculated without them.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}

export default function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <Suspense fallback={<p>Loading your settings…</p>}>
        <AccountSettings searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
