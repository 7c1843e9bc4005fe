"use client";

import { createContext, use, useEffect, useState, type ReactNode } from "react";
import type { OwnReviewAnswer } from "@/app/api/me/reviews/[filmId]/route";
import { forgetMember, useMember } from "@/app/_components/use-member";

interface OwnReviewContext {
  /** The signed-in member, null for a visitor, undefined in the static HTML (before the page's script runs). */
  username: string | null | undefined;
  /** The member's review of the film as last fetched or saved; undefined while on its way. */
  answer: OwnReviewAnswer | undefined;
  /** Fetches it again after a save on this page, so the stars and the review box both show what was saved. */
  refresh: () => void;
}

const Context = createContext<OwnReviewContext | null>(null);

/**
 * The member's own review of the film, fetched once for the stars beside the rating and the review box below: the
 * page around them is the same cached HTML for everyone.
 */
export function OwnReviewProvider({ filmId, children }: { filmId: number; children: ReactNode }) {
  const username = useMember();
  const [fetched, setFetched] = useState<{ username: string; answer: OwnReviewAnswer }>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!username) return;
    const controller = new AbortController();
    fetch(`/api/me/reviews/${filmId}`, { signal: controller.signal, cache: "no-store" })
      .then(async (response) => {
        if (response.status === 401) forgetMember();
        else if (response.ok) setFetched({ username, answer: (await response.json()) as OwnReviewAnswer });
      })
      .catch(() => {
        // Navigated away, or offline: the stars and the box stay as they are.
      });
    return () => controller.abort();
  }, [filmId, username, version]);
  const answer = fetched && fetched.username === username ? fetched.answer : undefined;
  const refresh = () => setVersion((count) => count + 1);
  return <Context value={{ username, answer, refresh }}>{children}</Context>;
}

export function useOwnReview() {
  const context = use(Context);
  if (!context) throw new Error("useOwnReview is for components inside OwnReviewProvider");
  return context;
}
