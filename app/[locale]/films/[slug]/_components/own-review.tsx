"use client";

import { createContext, use, type ReactNode } from "react";
import type { OwnReviewAnswer } from "@/app/api/me/reviews/[filmId]/route";
import { useOwnAnswer } from "@/app/_components/use-own-answer";

type OwnReviewContext = ReturnType<typeof useOwnAnswer<OwnReviewAnswer>>;

const Context = createContext<OwnReviewContext | null>(null);

/**
 * The member's own review of the film, fetched once for the stars beside the rating and the review box below: the
 * page around them is the same cached HTML for everyone. Either fetches it again after a save, so both show it.
 */
export function OwnReviewProvider({ filmId, children }: { filmId: number; children: ReactNode }) {
  return <Context value={useOwnAnswer<OwnReviewAnswer>(`/api/me/reviews/${filmId}`)}>{children}</Context>;
}

export function useOwnReview() {
  const context = use(Context);
  if (!context) throw new Error("useOwnReview is for components inside OwnReviewProvider");
  return context;
}
