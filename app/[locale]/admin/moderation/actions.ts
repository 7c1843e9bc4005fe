"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { FORM_OUT_OF_DATE, idField, textFields } from "@/lib/validation/fields";
import { MODERATION_DECISIONS, moderateReview } from "@/db/mutations/moderation";

const moderationSchema = z
  .object({
    // Both come from the page, not from typing: a bad one means the page is stale or was tampered with.
    reviewId: idField(FORM_OUT_OF_DATE),
    decision: z.enum(MODERATION_DECISIONS, FORM_OUT_OF_DATE),
    reason: z.string().trim().max(500, "Keep the reason under 500 characters."),
  })
  .refine((input) => input.reason !== "" || input.decision === "unhide" || input.decision === "dismiss", {
    message: "Say why: the author will see it.",
    path: ["reason"],
  });

export const moderateReviewAction = defineAction({
  who: "admin",
  schema: moderationSchema,
  input: (formData) => ({
    reviewId: formData.get("reviewId"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? "",
  }),
  values: (formData) => textFields(formData, ["reason"]),
  async run({ reviewId, decision, reason }, { caller }) {
    const moderated = await moderateReview({ actorId: caller.id, reviewId, decision, reason: reason || null });
    if (!moderated) return refuse("That review no longer exists.");
    return done({
      // The form says what was done, in the page's words.
      result: { decision },
      writes: [{ kind: "review-moderated", filmId: moderated.filmId, userId: moderated.userId, reviewId }],
      // A deletion is confirmed on a page of its own without JavaScript: the queue is where to go back to.
      withoutScript: decision === "delete" ? "/admin/moderation" : "back",
    });
  },
});
