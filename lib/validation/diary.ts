// The "Log a viewing" form's rules, checked by its server action (app/[locale]/films/[slug]/diary-actions.ts).
import { z } from "zod";
import { idField } from "./fields";
import { REVIEW_MAX_LENGTH } from "./review-limits";
import { RATING_VALUES } from "./reviews";

/** Films go back to the 1870s (films_year_range): nobody watched one before. */
export const EARLIEST_VIEWING = "1870-01-01";

/** The day in UTC, as YYYY-MM-DD. */
export function isoDay(moment: Date) {
  return moment.toISOString().slice(0, 10);
}

/**
 * The latest day a viewing may be logged for: tomorrow in UTC, since a member east of Greenwich is already a day
 * ahead of the server when it is evening here.
 */
export function latestViewingDay(now = new Date()) {
  return isoDay(new Date(now.getTime() + 24 * 60 * 60 * 1000));
}

/**
 * A viewing: when (an empty date means today, for a browser without a script to fill it in), whether it was a
 * rewatch, the rating of that day if any, and optionally text that becomes the member's one review of the film.
 */
export const diaryFormSchema = z
  .object({
    filmId: idField("That film does not exist."),
    watchedOn: z
      .union([z.literal(""), z.iso.date("Enter the date as YYYY-MM-DD.")])
      .transform((day) => (day === "" ? isoDay(new Date()) : day))
      .refine((day) => day >= EARLIEST_VIEWING, "Films were first shown in the 1870s: check the year.")
      .refine((day) => day <= latestViewingDay(), "That day has not come yet."),
    rewatch: z.boolean(),
    rating: z
      .union([z.literal(""), z.enum(RATING_VALUES)], { error: "Choose a rating from the stars." })
      .transform((rating) => (rating === "" ? null : Number(rating))),
    body: z
      .string()
      .trim()
      .max(REVIEW_MAX_LENGTH, `A review can be at most ${REVIEW_MAX_LENGTH} characters.`)
      .transform((text) => (text === "" ? null : text)),
  })
  // A review is a rating with words (reviews.rating is required): text alone has nothing to be saved with.
  .refine((viewing) => viewing.body === null || viewing.rating !== null, {
    path: ["rating"],
    message: "Rate the film to save your review with it.",
  });

export type DiaryForm = z.output<typeof diaryFormSchema>;
