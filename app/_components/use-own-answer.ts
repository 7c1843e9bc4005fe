"use client";

import { useEffect, useState } from "react";
import { forgetMember, useMember } from "./use-member";

/**
 * The signed-in member's own part of a page that is the same cached HTML for everyone (their review of a film,
 * whether it is on their watchlist), fetched from an /api/me/ route, which checks the session itself, once the page's
 * script runs; again after `refresh`, called when the member saved a change on the page.
 */
export function useOwnAnswer<Answer>(url: string) {
  const username = useMember();
  const [fetched, setFetched] = useState<{ username: string; url: string; answer: Answer }>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!username) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, cache: "no-store" })
      .then(async (response) => {
        if (response.status === 401) forgetMember();
        else if (response.ok) setFetched({ username, url, answer: (await response.json()) as Answer });
      })
      .catch(() => {
        // Navigated away, or offline: what the page shows stays as it is.
      });
    return () => controller.abort();
  }, [url, username, version]);
  const answer = fetched && fetched.username === username && fetched.url === url ? fetched.answer : undefined;
  const refresh = () => setVersion((count) => count + 1);
  return {
    /** The signed-in member, null for a visitor, undefined in the static HTML (before the page's script runs). */
    username,
    /** The member's own answer as last fetched; undefined while on its way. */
    answer,
    refresh,
  };
}
