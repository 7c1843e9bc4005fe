"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { deleteOwnReview, saveReview } from "@/db/mutations/reviews";
import { rateLimits } from "@/lib/rate-limits";
import { idField, textFields } from "@/lib/validation/fields";
import { reviewFormSchema } from "@/lib/validation/reviews";

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
  async run(review, { caller }) {
    if (!(await hitRateLimit(rateLimits.reviewsPerUser, String(caller.id))))
      return refuse(rateLimits.reviewsPerUser.message);
    const saved = await saveReview({ ...review, userId: caller.id });
    if (!saved.ok) return refuse("This film no longer exists.");
    return done({
      writes: [{ kind: "review-saved", filmId: review.filmId, userId: caller.id, reviewId: saved.reviewId }],
    });
  },
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
