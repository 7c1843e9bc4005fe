import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ForgetMember } from "@/app/_components/forget-member";
import { SignOutForm } from "@/app/_components/sign-out-form";
import { findSignedInUser } from "@/auth";
import { listLiveSessions } from "@/db/queries/sessions";
import { formatDate, formatTimeAgo } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { describeUserAgent } from "@/lib/user-agent";
import { SessionList, type SessionRow } from "./_components/session-list";
import { ChangeEmailForm, ProfileForm } from "./_components/account-forms";
import { AvatarForm } from "./_components/avatar-form";
import { WatchlistVisibilityForm } from "./_components/watchlist-visibility-form";
import { ChangePasswordForm, DeleteAccountForm, LetterboxdImportForm } from "./_components/settings-forms";

export const metadata: Metadata = pageMetadata({
  title: "Settings",
  description:
    "Your Marquee account: profile, email, password, your data, where you are signed in, and account deletion.",
  path: "/settings",
  isNoIndex: true,
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Every form of the page. Without the member it is the static version for browsers without JavaScript (every
 * action checks the session itself), which cannot list sessions.
 */
function SettingsSections({
  account,
  sessions,
}: {
  account?: {
    username: string;
    email: string;
    displayName: string | null;
    bio: string | null;
    avatar: string | null;
    watchlistIsPublic: boolean;
    hasPassword: boolean;
  };
  sessions?: SessionRow[];
}) {
  const { username, hasPassword } = account ?? {};
  return (
    <div className="space-y-10">
      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-2xl font-semibold">
          Profile
        </h2>
        <AvatarForm member={account && { name: account.displayName ?? account.username, avatar: account.avatar }} />
        <ProfileForm profile={account} />
      </section>
      <section aria-labelledby="email-heading" className="space-y-4">
        <h2 id="email-heading" className="text-2xl font-semibold">
          Email
        </h2>
        <ChangeEmailForm email={account?.email} hasPassword={hasPassword} />
      </section>
      <section aria-labelledby="watchlist-heading" className="space-y-4">
        <h2 id="watchlist-heading" className="text-2xl font-semibold">
          Watchlist
        </h2>
        <WatchlistVisibilityForm isPublic={account?.watchlistIsPublic} />
        <p>
          <Link href="/watchlist">Your watchlist</Link> is always yours to see.
        </p>
      </section>
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
        <p>
          <a href="/settings/export.zip" download>
            Download everything you wrote
          </a>{" "}
          as one ZIP shaped like Letterboxd’s export: your profile, ratings, reviews and their earlier versions, diary,
          watchlist, lists (private ones too), follows and likes.
        </p>
        <LetterboxdImportForm />
      </section>
      <section aria-labelledby="session-heading" className="space-y-4">
        <h2 id="session-heading" className="text-2xl font-semibold">
          Where you are signed in
        </h2>
        {sessions ? <SessionList sessions={sessions} /> : null}
        <SignOutForm>Sign out of this browser</SignOutForm>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-2xl font-semibold">
          Delete your account
        </h2>
        <p>
          This deletes {username ? `@${username}` : "your account"} at once and for good: your profile, ratings,
          watchlist, diary, lists, likes and follows. Films’ ratings are recalculated without your ratings.
        </p>
        <p>
          Your written reviews go too, unless you choose to keep them: they then stay on their films with their ratings,
          credited to “Deleted member”. Nobody, us included, can tell they were yours, and they can no longer be edited
          or deleted. Download your data first if you want a copy.
        </p>
        <DeleteAccountForm hasPassword={hasPassword} />
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
  const { password, sessions, email } = await searchParams;
  const now = new Date();
  const sessionRows: SessionRow[] = (await listLiveSessions(user.id)).map((session) => ({
    id: session.id,
    device: describeUserAgent(session.userAgent),
    address: session.address,
    signedIn: `on ${formatDate(session.createdAt)}`,
    lastActive: formatTimeAgo(session.lastSeenAt, now),
    isThisBrowser: session.id === user.sessionId,
  }));
  return (
    <>
      {password === "changed" || password === "reset" ? (
        <p role="status">Your password is changed. Other sessions have been signed out.</p>
      ) : null}
      {email === "sent" ? (
        <p role="status">
          We sent a link to your new email. Your email changes when you follow it; it works for a day.
        </p>
      ) : null}
      {sessions === "ended" ? (
        <p role="status">Signed out. That device must sign in again to use your account.</p>
      ) : null}
      <SettingsSections account={{ ...user, hasPassword: user.passwordHash !== null }} sessions={sessionRows} />
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
