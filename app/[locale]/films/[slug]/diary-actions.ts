"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import type { Write } from "@/app/_data/invalidation";
import { deleteOwnDiaryEntry, logViewing } from "@/db/mutations/diary";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { diaryFormSchema } from "@/lib/validation/diary";
import { idField, textFields } from "@/lib/validation/fields";

/** Whether the member may log another viewing now, counted like every other member write. */
function isWithinLimit(userId: number) {
  return hitRateLimit(rateLimits.diaryPerUser, String(userId));
}

// Whose diary it is comes from the session: the form posts the film and the viewing, never a member.
export const logViewingAction = defineAction({
  who: "member",
  schema: diaryFormSchema,
  input: (formData) => ({
    filmId: formData.get("filmId"),
    watchedOn: formData.get("watchedOn") ?? "",
    rewatch: formData.get("rewatch") === "on",
    rating: formData.get("rating") ?? "",
    body: formData.get("body") ?? "",
  }),
  values: (formData) => ({
    ...textFields(formData, ["watchedOn", "rating", "body"]),
    rewatch: formData.get("rewatch") === "on",
  }),
  async run(viewing, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.diaryPerUser.message);
    const logged = await logViewing({ ...viewing, userId: caller.id });
    if (!logged.ok) return refuse("This film no longer exists.");
    const writes: Write[] = [{ kind: "diary-changed", userId: caller.id }];
    if (logged.reviewId !== null)
      writes.push({ kind: "review-saved", filmId: viewing.filmId, userId: caller.id, reviewId: logged.reviewId });
    return done({ writes });
  },
});

export const deleteDiaryEntryAction = defineAction({
  who: "member",
  schema: z.object({ entryId: idField("That viewing is not in your diary.") }),
  // Not rate-limited, as a review's deletion is not: a member can only delete what they logged, each once.
  async run({ entryId }, { caller }) {
    const deleted = await deleteOwnDiaryEntry({ userId: caller.id, entryId });
    if (!deleted) return refuse("You can only delete viewings from your own diary.");
    return done({ writes: [{ kind: "diary-changed", userId: caller.id }] });
  },
});
