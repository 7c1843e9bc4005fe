"use server";

import { textFields } from "@/lib/validation/fields";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { reportReview } from "@/db/mutations/reports";
import { reportFormSchema } from "@/lib/validation/reviews";

const REFUSALS = {
  "review-not-found": "This review is no longer public.",
  "own-review": "You cannot report your own review.",
  "already-reported": "You have already reported this review; a moderator will look at it.",
} as const;

export const reportReviewAction = defineAction({
  who: "member",
  schema: reportFormSchema,
  values: (formData) => textFields(formData, ["reason", "details"]),
  async run(report, { caller }) {
    const reported = await reportReview({ ...report, reporterId: caller.id });
    return reported.ok ? done() : refuse(REFUSALS[reported.reason]);
  },
});
