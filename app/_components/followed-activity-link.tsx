"use client";

import Link from "next/link";
import { useMember } from "./use-member";

/**
 * On the home page, which is one cached page for everyone: for a signed-in member, the way to what the people they
 * follow did, shown once the page's script has read the member hint.
 */
export function FollowedActivityLink() {
  const username = useMember();
  if (!username) return null;
  return (
    <p className="rounded-lg border border-stone-200 px-4 py-3 dark:border-stone-800">
      <Link href="/activity" className="font-semibold">
        From people you follow →
      </Link>{" "}
      <span className="text-stone-600 dark:text-stone-400">what they rated, reviewed, watched and listed lately.</span>
    </p>
  );
}
