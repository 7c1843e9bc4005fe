"use server";

import { invalidateAfter } from "@/app/_data/invalidation";
import { z } from "zod";
import { findSignedInAdmin } from "@/auth";
import { FORM_OUT_OF_DATE, idField } from "@/lib/validation/fields";
import { MODERATION_DECISIONS, moderateReview } from "@/db/mutations/moderation";

export interface ModerationState {
  error?: string;
  done?: string;
}

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

const DONE = { hide: "Hidden.", unhide: "Visible again.", delete: "Deleted.", dismiss: "Reports dismissed." } as const;

export async function moderateReviewAction(_previous: ModerationState, formData: FormData): Promise<ModerationState> {
  const parsed = moderationSchema.safeParse({
    reviewId: formData.get("reviewId"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? "",
  });
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join(" ") };
  const admin = await findSignedInAdmin();
  if (!admin) return { error: "Only admins can moderate reviews." };
  const { reviewId, decision, reason } = parsed.data;
  const moderated = await moderateReview({ actorId: admin.id, reviewId, decision, reason: reason || null });
  if (!moderated) return { error: "That review no longer exists." };
  await invalidateAfter({ kind: "review-moderated", filmId: moderated.filmId, userId: moderated.userId, reviewId });
  return { done: DONE[decision] };
}
