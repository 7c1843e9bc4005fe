"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useFormStatus } from "react-dom";
import { ADMIN_HINT_COOKIE, isAdminFromCookies, MEMBER_HINT_COOKIE, memberFromCookies } from "@/lib/member-hint";

/**
 * The hint cookie changes in the answer to a server action (signing in, up or out, deleting the account), or in
 * another tab. Browsers (but Chromium's cookieStore) give no event for either, so it is read again when a form's
 * action has settled or the form leaves the page (checkMemberAfterActions), and when the window comes back into
 * view. React re-renders only on a change.
 */
const listeners = new Set<() => void>();

/** Reads the hint again for every component showing the member. */
export function checkMember() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener("focus", checkMember);
    document.addEventListener("visibilitychange", checkMember);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("focus", checkMember);
    document.removeEventListener("visibilitychange", checkMember);
  };
}

/**
 * The signed-in member's username as the hint cookie has it; null for a visitor; undefined while the page is the
 * static HTML everyone gets (on the server, and until the page's script runs).
 */
export function useMember(): string | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => memberFromCookies(document.cookie),
    () => undefined,
  );
}

/** Whether the member is an admin, as the hint says: for showing the way to admin tools, which check for themselves. */
export function useIsAdmin(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isAdminFromCookies(document.cookie),
    () => false,
  );
}

/** The server refused the session the hint promised (it ended, or the account was blocked): show the visitor's view. */
export function forgetMember() {
  for (const name of [MEMBER_HINT_COOKIE, ADMIN_HINT_COOKIE]) document.cookie = `${name}=; path=/; max-age=0`;
  checkMember();
}

/**
 * Inside a form: reads the hint again once the form's action has settled, or when the form leaves the page (an
 * action that signs in redirects away from its form).
 */
export function CheckMemberAfterActions() {
  const { pending } = useFormStatus();
  useEffect(() => {
    if (!pending) checkMember();
  }, [pending]);
  useEffect(() => checkMember, []);
  return null;
}
