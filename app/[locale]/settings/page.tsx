import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ForgetMember } from "@/app/_components/forget-member";
import { SignOutForm } from "@/app/_components/sign-out-form";
import { findSignedInUser } from "@/auth";
import { listLiveSessions } from "@/db/queries/sessions";
import { formattersFor } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { identifyUserAgent } from "@/lib/user-agent";
import { SessionList, type SessionRow } from "./_components/session-list";
import { ChangeEmailForm, ProfileForm } from "./_components/account-forms";
import { AvatarForm } from "./_components/avatar-form";
import { WatchlistVisibilityForm } from "./_components/watchlist-visibility-form";
import { ChangePasswordForm, DeleteAccountForm, LetterboxdImportForm } from "./_components/settings-forms";
import { signInPath } from "@/lib/sign-in-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SettingsPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/settings",
    isNoIndex: true,
  });
}

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
  const t = useTranslations("SettingsPage");
  const { username, hasPassword } = account ?? {};
  return (
    <div className="space-y-10">
      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-2xl font-semibold">
          {t("sections.profile")}
        </h2>
        <AvatarForm member={account && { name: account.displayName ?? account.username, avatar: account.avatar }} />
        <ProfileForm profile={account} />
      </section>
      <section aria-labelledby="email-heading" className="space-y-4">
        <h2 id="email-heading" className="text-2xl font-semibold">
          {t("sections.email")}
        </h2>
        <ChangeEmailForm email={account?.email} hasPassword={hasPassword} />
      </section>
      <section aria-labelledby="watchlist-heading" className="space-y-4">
        <h2 id="watchlist-heading" className="text-2xl font-semibold">
          {t("sections.watchlist")}
        </h2>
        <WatchlistVisibilityForm isPublic={account?.watchlistIsPublic} />
        <p>{t.rich("watchlistAlwaysYours", { link: (chunks) => <Link href="/watchlist">{chunks}</Link> })}</p>
      </section>
      <section aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-2xl font-semibold">
          {t("sections.password")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className="text-2xl font-semibold">
          {t("sections.data")}
        </h2>
        {/* The exports are route handlers, in no language: plain links. */}
        <p>
          {t.rich("exportRatings", {
            link: (chunks) => (
              <a href="/settings/export.csv" download>
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>
          {t.rich("downloadEverything", {
            link: (chunks) => (
              <a href="/settings/export.zip" download>
                {chunks}
              </a>
            ),
          })}
        </p>
        <LetterboxdImportForm />
      </section>
      <section aria-labelledby="session-heading" className="space-y-4">
        <h2 id="session-heading" className="text-2xl font-semibold">
          {t("sections.sessions")}
        </h2>
        {sessions ? <SessionList sessions={sessions} /> : null}
        <SignOutForm>{t("signOutHere")}</SignOutForm>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-2xl font-semibold">
          {t("sections.delete")}
        </h2>
        <p>{t("deleteWhat", { hasUsername: username ? "true" : "false", username: username ?? "" })}</p>
        <p>{t("deleteReviews")}</p>
        <DeleteAccountForm hasPassword={hasPassword} />
      </section>
    </div>
  );
}

/**
 * lib/user-agent's English name of a device ("Firefox on Windows", "A browser on iPhone", "A browser") in the page's
 * language: browsers and systems are names, only the words around them are translated.
 */
function deviceName(userAgent: string | null, t: Awaited<ReturnType<typeof getTranslations<"SettingsPage">>>) {
  const { browser, system } = identifyUserAgent(userAgent);
  if (!system) return browser ?? t("devices.anyBrowser");
  return browser ? t("devices.browserOnSystem", { browser, system }) : t("devices.anyBrowserOnSystem", { system });
}

async function AccountSettings({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const [user, locale, t] = await Promise.all([findSignedInUser(), getLocale(), getTranslations("SettingsPage")]);
  if (!user) {
    const back = getPathname({ href: "/settings", locale });
    return (
      <p>
        <ForgetMember />
        {t.rich("signInToChange", {
          link: (chunks) => <Link href={signInPath(back)}>{chunks}</Link>,
        })}
      </p>
    );
  }
  const { password, sessions, email } = await searchParams;
  const format = formattersFor(locale, await getTranslations("Format"));
  const now = new Date();
  const sessionRows: SessionRow[] = (await listLiveSessions(user.id)).map((session) => ({
    id: session.id,
    device: deviceName(session.userAgent, t),
    address: session.address,
    signedIn: format.date(session.createdAt),
    lastActive: format.timeAgo(session.lastSeenAt, now),
    isThisBrowser: session.id === user.sessionId,
  }));
  return (
    <>
      {password === "changed" || password === "reset" ? <p role="status">{t("passwordChanged")}</p> : null}
      {email === "sent" ? <p role="status">{t("emailSent")}</p> : null}
      {sessions === "ended" ? <p role="status">{t("sessionEnded")}</p> : null}
      <SettingsSections account={{ ...user, hasPassword: user.passwordHash !== null }} sessions={sessionRows} />
    </>
  );
}

export default function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("SettingsPage");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
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
