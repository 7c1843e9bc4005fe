"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { deleteOwnReview, saveReview, type RatingInput, type ReviewInput } from "@/db/mutations/reviews";
import { rateLimits } from "@/lib/rate-limits";
import { idField, textFields } from "@/lib/validation/fields";
import { ratingFormSchema, reviewFormSchema } from "@/lib/validation/reviews";

/** Saves a review, or a rating alone. */
async function saveOwnReview(review: RatingInput | ReviewInput) {
  if (!(await hitRateLimit(rateLimits.reviewsPerUser, String(review.userId))))
    return refuse(rateLimits.reviewsPerUser.message);
  const saved = await saveReview(review);
  if (!saved.ok) return refuse("This film no longer exists.");
  const { filmId, userId } = review;
  return done({ writes: [{ kind: "review-saved", filmId, userId, reviewId: saved.reviewId }] });
}

/** The stars beside the film's rating: a rating saved by itself, the moment it is given. */
export const rateFilmAction = defineAction({
  who: "member",
  schema: ratingFormSchema,
  input: (formData) => ({ filmId: formData.get("filmId"), rating: formData.get("rating") ?? undefined }),
  values: (formData) => textFields(formData, ["rating"]),
  run: (rating, { caller }) => saveOwnReview({ ...rating, userId: caller.id }),
});

export const saveReviewAction = defineAction({
  who: "member",
  schema: reviewFormSchema,
  input: (formData) => ({
    filmId: formData.get("filmId"),
    // Missing stays missing: the schema says "Choose a rating." rather than reading it as 0, which means trash.
    rating: formData.get("rating") ?? undefined,
    body: formData.get("body") ?? "",
    hasSpoilers: formData.get("hasSpoilers") === "on",
  }),
  values: (formData) => ({
    ...textFields(formData, ["rating", "body"]),
    hasSpoilers: formData.get("hasSpoilers") === "on",
  }),
  run: (review, { caller }) => saveOwnReview({ ...review, userId: caller.id }),
});

export const deleteReviewAction = defineAction({
  who: "member",
  schema: z.object({ reviewId: idField("That review does not exist.") }),
  async run({ reviewId }, { caller }) {
    const deleted = await deleteOwnReview({ userId: caller.id, reviewId });
    if (!deleted) return refuse("You can only delete your own review.");
    const filmPath = `/films/${deleted.filmSlug}` as const;
    // Not redirectTo: a redirect's page is rendered within this request, before the tags just updated apply to the
    // cached pages, and could show the deleted review. The browser goes to the film once this answer is in.
    return done({
      result: { filmPath },
      writes: [{ kind: "review-deleted", filmId: deleted.filmId, userId: caller.id, reviewId }],
      withoutScript: filmPath,
    });
  },
});
