"use server";

import { invalidateAfter } from "@/app/_data/invalidation";
import { z } from "zod";
import { findSignedInUser } from "@/auth";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { deleteOwnReview, saveReview } from "@/db/mutations/reviews";
import { rateLimits } from "@/lib/rate-limits";
import { parseId } from "@/lib/route-params";
import { redirectIfPostedWithoutScript } from "@/app/_actions/post-redirect-get";
import { reviewFormSchema } from "@/lib/validation/reviews";

export interface ReviewFormState {
  isSaved?: boolean;
  errors?: { rating?: string[]; body?: string[]; form?: string[] };
  values?: { rating?: string; body?: string; hasSpoilers?: boolean };
}

const SIGN_IN_FIRST = "Your session has ended: sign in again to rate films.";

export async function saveReviewAction(_previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const values = {
    rating: String(formData.get("rating") ?? ""),
    body: String(formData.get("body") ?? ""),
    hasSpoilers: formData.get("hasSpoilers") === "on",
  };
  const parsed = reviewFormSchema.safeParse({
    ...values,
    filmId: formData.get("filmId"),
    rating: formData.get("rating") ?? undefined,
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };

  const user = await findSignedInUser();
  if (!user) {
    await redirectIfPostedWithoutScript("sign-in");
    return { errors: { form: [SIGN_IN_FIRST] }, values };
  }
  if (!(await hitRateLimit(rateLimits.reviewsPerUser, String(user.id)))) {
    return { errors: { form: [rateLimits.reviewsPerUser.message] }, values };
  }
  const saved = await saveReview({ ...parsed.data, userId: user.id });
  if (!saved.ok) return { errors: { form: ["This film no longer exists."] }, values };
  await invalidateAfter({
    kind: "review-saved",
    filmId: parsed.data.filmId,
    userId: user.id,
    reviewId: saved.reviewId,
  });
  await redirectIfPostedWithoutScript();
  return { isSaved: true, values };
}

export interface DeleteReviewState {
  error?: string;
  /** Where the browser goes now: the film, whether the review was deleted there or on its own page, gone now. */
  filmPath?: string;
}

export async function deleteReviewAction(_previous: DeleteReviewState, formData: FormData): Promise<DeleteReviewState> {
  const reviewId = parseId(String(formData.get("reviewId") ?? ""));
  if (!reviewId) return { error: "That review does not exist." };
  const user = await findSignedInUser();
  if (!user) return { error: SIGN_IN_FIRST };
  const deleted = await deleteOwnReview({ userId: user.id, reviewId });
  if (!deleted) return { error: "You can only delete your own review." };
  await invalidateAfter({ kind: "review-deleted", filmId: deleted.filmId, userId: user.id, reviewId });
  const filmPath = `/films/${deleted.filmSlug}` as const;
  await redirectIfPostedWithoutScript(filmPath);
  // Not redirect(): a redirect's page is rendered within this request, before the tags just updated apply to the
  // cached pages, and could show the deleted review. The browser navigates once this answer is in.
  return { filmPath };
}
