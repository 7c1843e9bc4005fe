// The review and report forms' rules, checked by their server actions (the forms show the limits from
// review-limits.ts).
import { z } from "zod";
import { idField } from "./fields";
import { REPORT_DETAILS_MAX_LENGTH, REPORT_REASONS, REVIEW_MAX_LENGTH } from "./review-limits";

export const RATING_VALUES = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"] as const;

// Never coerced from a missing value: an unchosen rating must not become 0, which means "trash".
const ratingField = z.enum(RATING_VALUES, { error: "Choose a rating." }).transform(Number);

/** A rating given by itself, from the stars beside the film's rating: the review's text, if any, stays. */
export const ratingFormSchema = z.object({
  filmId: idField("That film does not exist."),
  rating: ratingField,
});

export const reviewFormSchema = ratingFormSchema.extend({
  body: z
    .string()
    .trim()
    .max(REVIEW_MAX_LENGTH, `A review can be at most ${REVIEW_MAX_LENGTH} characters.`)
    .transform((text) => (text === "" ? null : text)),
  hasSpoilers: z.boolean(),
});

export const reportFormSchema = z.object({
  reviewId: idField("That review does not exist."),
  reason: z.enum(Object.keys(REPORT_REASONS) as [keyof typeof REPORT_REASONS, ...(keyof typeof REPORT_REASONS)[]], {
    error: "Choose why you are reporting this review.",
  }),
  details: z
    .string()
    .trim()
    .max(REPORT_DETAILS_MAX_LENGTH, `Keep it under ${REPORT_DETAILS_MAX_LENGTH} characters.`)
    .transform((text) => (text === "" ? null : text)),
});
