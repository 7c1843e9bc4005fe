"use client";

import { useSyncExternalStore } from "react";
import { MEMBER_HINT_COOKIE, memberFromCookies } from "@/lib/member-hint";

/**
 * Signing in or out sets the cookie in a response no page code sees, and browsers (but Chromium's cookieStore) give
 * no event for it; reading document.cookie twice a second is cheap and catches it. React re-renders only on a change.
 */
const COOKIE_CHECK_MS = 500;

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const timer = setInterval(listener, COOKIE_CHECK_MS);
  return () => {
    clearInterval(timer);
    listeners.delete(listener);
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

/** The server refused the session the hint promised (it ended, or the account was blocked): show the visitor's view. */
export function forgetMember() {
  document.cookie = `${MEMBER_HINT_COOKIE}=; path=/; max-age=0`;
  for (const listener of listeners) listener();
}
