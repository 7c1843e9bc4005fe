"use server";

import { z } from "zod";
import { findSignedInUser } from "@/auth";
import { reportReview } from "@/db/mutations/reports";
import { reportFormSchema } from "@/lib/validation/reviews";

export interface ReportFormState {
  isReported?: boolean;
  errors?: { reason?: string[]; details?: string[]; form?: string[] };
  values?: { reason?: string; details?: string };
}

const REFUSALS = {
  "review-not-found": "This review is no longer public.",
  "own-review": "You cannot report your own review.",
  "already-reported": "You have already reported this review; a moderator will look at it.",
} as const;

export async function reportReviewAction(_previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const values = { reason: String(formData.get("reason") ?? ""), details: String(formData.get("details") ?? "") };
  const parsed = reportFormSchema.safeParse({
    ...values,
    reviewId: formData.get("reviewId"),
    reason: formData.get("reason") ?? undefined,
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  const user = await findSignedInUser();
  if (!user) return { errors: { form: ["Your session has ended: sign in again to report a review."] }, values };
  const result = await reportReview({ ...parsed.data, reporterId: user.id });
  if (!result.ok) return { errors: { form: [REFUSALS[result.reason]] }, values };
  return { isReported: true };
}
