"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { likeReview, unlikeReview } from "@/db/mutations/review-likes";
import { findOwnLike } from "@/db/queries/review-likes";
import { rateLimits } from "@/lib/rate-limits";
import { idField } from "@/lib/validation/fields";

// The review alone: whose like it is comes from the session.
const likeFormSchema = z.object({ reviewId: idField("That review does not exist.") });

const OWN_REVIEW = "You cannot like your own review.";

function isWithinLimit(userId: number) {
  return hitRateLimit(rateLimits.likesPerUser, String(userId));
}

export const likeReviewAction = defineAction({
  who: "member",
  schema: likeFormSchema,
  async run({ reviewId }, { caller }) {
    // Before the limit is counted: a refusal that is the member's own mistake leaves no trace.
    if ((await findOwnLike(caller.id, reviewId)).isOwn) return refuse(OWN_REVIEW);
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.likesPerUser.message);
    const liked = await likeReview({ userId: caller.id, reviewId });
    if (!liked.ok) {
      return refuse(liked.reason === "own-review" ? OWN_REVIEW : "This review is gone.");
    }
    const { filmId, authorId } = liked;
    return done({
      writes: liked.isChanged ? [{ kind: "review-liked", filmId, reviewId, userId: authorId, likerId: caller.id }] : [],
    });
  },
});

export const unlikeReviewAction = defineAction({
  who: "member",
  schema: likeFormSchema,
  async run({ reviewId }, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.likesPerUser.message);
    const unliked = await unlikeReview({ userId: caller.id, reviewId });
    if (!unliked.ok || !unliked.isChanged) return done();
    const { filmId, authorId } = unliked;
    return done({ writes: [{ kind: "review-liked", filmId, reviewId, userId: authorId, likerId: caller.id }] });
  },
});
