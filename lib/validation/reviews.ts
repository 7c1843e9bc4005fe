// The review form's rules, shared by the form (limits shown as you type) and the server action.
import { z } from "zod";

export const REVIEW_MAX_LENGTH = 5000;

const RATING_VALUES = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"] as const;

export const reviewFormSchema = z.object({
  filmId: z.coerce.number().int().positive(),
  // Never coerced from a missing value: an unchosen rating must not become 0, which means "trash".
  rating: z.enum(RATING_VALUES, { error: "Choose a rating." }).transform(Number),
  body: z
    .string()
    .trim()
    .max(REVIEW_MAX_LENGTH, `A review can be at most ${REVIEW_MAX_LENGTH} characters.`)
    .transform((text) => (text === "" ? null : text)),
  hasSpoilers: z.boolean(),
});
