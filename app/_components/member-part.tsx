"use client";

import { Suspense, type ReactNode } from "react";
import { useMember } from "./use-member";

/**
 * A member's own part of a page that is the same cached HTML for everyone (their rating, review, diary), whose
 * `tools` are a lazy component: its code is fetched only where it shows, for a signed-in member, and not by the
 * visitors who are most of a film page's readers. Browsers without JavaScript get the tools' plain forms, rendered on
 * the server inside noscript, whose content React never renders in the browser: nothing is fetched for it.
 */
export function MemberPart({
  tools,
  signIn,
  loading = null,
}: {
  tools: ReactNode;
  signIn: ReactNode;
  loading?: ReactNode;
}) {
  const username = useMember();
  if (username === undefined) return <noscript>{tools}</noscript>;
  if (username === null) return signIn;
  return <Suspense fallback={loading}>{tools}</Suspense>;
}
