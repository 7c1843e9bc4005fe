"use client";

import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { signInPath, signUpPath } from "@/lib/sign-in-path";
import { NotificationsLink } from "./notifications-link";
import { SignOutForm } from "./sign-out-form";
import { useIsAdmin, useMember } from "./use-member";

// Pages that signing in should not come back to: the account forms themselves, and home, where it lands anyway.
const NO_RETURN = new Set(["/", "/sign-in", "/sign-up"]);

/**
 * Signing in or up from the header brings the member back to the page they were reading. The page is read as the
 * pointer or the focus comes to the link (the header is in every page's static HTML, which cannot hold it).
 */
function SignedOutLinks() {
  const t = useTranslations("UserMenu");
  const [here, setHere] = useState("/");
  const back = NO_RETURN.has(here) ? undefined : here;
  const events = {
    onMouseEnter: () => setHere(window.location.pathname),
    onFocus: () => setHere(window.location.pathname),
    onTouchStart: () => setHere(window.location.pathname),
  };
  return (
    <>
      <Link href={signInPath(back)} {...events}>
        {t("signIn")}
      </Link>
      <Link href={signUpPath(back)} {...events}>
        {t("createAccount")}
      </Link>
    </>
  );
}

/**
 * The header's account links. Every page's HTML is the visitor's (so it can be one cached file for everyone, and works
 * without JavaScript); a member's browser swaps in their links from the hint cookie as the page starts.
 */
export function UserMenu() {
  const t = useTranslations("UserMenu");
  const username = useMember();
  const isAdmin = useIsAdmin();
  if (!username) return <SignedOutLinks />;
  return (
    <>
      {isAdmin ? <Link href="/admin">{t("admin")}</Link> : null}
      <Link href="/activity">{t("activity")}</Link>
      <NotificationsLink />
      <Link href={`/users/${username}`}>@{username}</Link>
      <Link href="/settings">{t("settings")}</Link>
      <SignOutForm>{t("signOut")}</SignOutForm>
    </>
  );
}
