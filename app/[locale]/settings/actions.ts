"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { signIn, signOut } from "@/auth";
import { changePassword, deleteAccount } from "@/db/mutations/accounts";
import { importLetterboxdRatings } from "@/db/mutations/letterboxd-import";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { parseLetterboxdCsv } from "@/lib/letterboxd";
import { requestLogger } from "@/lib/logger";
import { verifyPassword } from "@/lib/password";
import { guessablePasswordRefusal } from "@/lib/common-passwords";
import { rateLimits } from "@/lib/rate-limits";
import { siteUrl } from "@/lib/site";
import { newPasswordSchema } from "@/lib/validation/accounts";
import { textFields } from "@/lib/validation/fields";

const WRONG_PASSWORD = ["That is not your current password."];
const CONFIRM_DELETION = "Enter your password (or, without one, your username) to confirm.";

export const changePasswordAction = defineAction({
  who: "member",
  schema: z.object({
    // Longer than any password can be (new ones stop at 256): it cannot be theirs.
    currentPassword: z.string().min(1, "Enter your current password.").max(1024, WRONG_PASSWORD[0]),
    newPassword: newPasswordSchema,
  }),
  async run({ currentPassword, newPassword }, { caller }) {
    if (!caller.passwordHash || !(await verifyPassword(caller.passwordHash, currentPassword)))
      return refuse({ currentPassword: WRONG_PASSWORD });
    // The schema knows no member: how guessable the password is, counting their own username, is weighed here.
    const refusal = guessablePasswordRefusal(newPassword, [caller.username]);
    if (refusal) return refuse({ newPassword: [refusal] });
    await changePassword(caller.id, newPassword);
    // Every other session has just ended; this one signs in again with the new password and carries on.
    return signIn("credentials", {
      login: caller.username,
      password: newPassword,
      redirectTo: "/settings?password=changed",
    });
  },
});

// Asked, never assumed: the member says plainly what becomes of what they wrote.
const deletedReviewsChoice = z.enum(["delete", "keep"], "Choose whether your reviews are deleted or kept.");
export type DeletedReviewsChoice = z.infer<typeof deletedReviewsChoice>;

export const deleteAccountAction = defineAction({
  who: "member",
  schema: z.object({
    deleteConfirmation: z.string(CONFIRM_DELETION).min(1, CONFIRM_DELETION).max(1024, CONFIRM_DELETION),
    reviews: deletedReviewsChoice,
  }),
  values: (formData) => textFields(formData, ["reviews"]),
  async run({ deleteConfirmation, reviews }, { caller }) {
    // A member who signed up through GitHub or Google has no password: typing their username is the deliberate step.
    const isConfirmed = caller.passwordHash
      ? await verifyPassword(caller.passwordHash, deleteConfirmation)
      : deleteConfirmation.trim().replace(/^@/, "").toLowerCase() === caller.username.toLowerCase();
    if (!isConfirmed) {
      return refuse({ deleteConfirmation: caller.passwordHash ? WRONG_PASSWORD : ["That is not your username."] });
    }
    const deleted = await deleteAccount(caller.id, { isKeepingReviews: reviews === "keep" });
    if (!deleted.ok)
      return refuse("You are the site’s only admin: make another member an admin before you delete your account.");
    // Not Auth.js's redirect, which would end the action before the pages that showed the member are invalidated.
    await signOut({ redirect: false });
    return done({
      // The member's reviews are gone from every film, list and chart, or credited to a deleted member there.
      writes: [
        {
          kind: "account-deleted",
          userId: caller.id,
          username: caller.username,
          reviewedFilmIds: deleted.reviewedFilmIds,
          followMemberIds: deleted.followMemberIds,
          listedFilmIds: deleted.listedFilmIds,
          likedFilmIds: deleted.likedFilmIds,
        },
      ],
      redirectTo: "/?account=deleted",
    });
  },
});

// The file's rows bound the import's work (MAX_IMPORT_ROWS); its size bounds what is read into memory and parsed.
// 900 KB holds a ratings.csv past the row bound (some 70 bytes a row), or a reviews.csv of a thousand-odd reviews; a
// larger file is imported in parts.
const MAX_IMPORT_BYTES = 900 * 1024;
const CHOOSE_EXPORT = "Choose the ratings.csv, reviews.csv, diary.csv or watchlist.csv from your Letterboxd export.";

export const importLetterboxdAction = defineAction({
  who: "member",
  schema: z.object({
    file: z
      .instanceof(File, { error: CHOOSE_EXPORT })
      .refine((file) => file.size > 0, CHOOSE_EXPORT)
      .refine(
        (file) => file.size <= MAX_IMPORT_BYTES,
        `That file is larger than ${MAX_IMPORT_BYTES / 1024} KB: split it and import each part.`,
      ),
  }),
  async run({ file }, { caller }) {
    // Read here rather than in the schema: a file's text comes only asynchronously.
    const parsed = parseLetterboxdCsv(await file.text(), siteUrl(), file.name);
    if (!parsed.ok) return refuse({ file: [parsed.error] });
    // Counted once the file is known to be readable, so that a refused file does not use up an import.
    if (!(await hitRateLimit(rateLimits.letterboxdImportsPerUser, String(caller.id))))
      return refuse(rateLimits.letterboxdImportsPerUser.message);
    const { stoppedAt, changedFilmIds, ...report } = await importLetterboxdRatings(caller.id, parsed.rows);
    if (stoppedAt) requestLogger(await headers()).error({ err: stoppedAt.error }, "Letterboxd import stopped part way");
    return done({
      result: {
        report: {
          ...report,
          isWatchlist: parsed.isWatchlist === true,
          invalid: parsed.invalid,
          stoppedAtLine: stoppedAt?.line,
        },
      },
      writes: [
        { kind: "ratings-imported", userId: caller.id, filmIds: changedFilmIds },
        ...(report.logged > 0 ? [{ kind: "diary-changed" as const, userId: caller.id }] : []),
        ...(report.watchlisted > 0 ? [{ kind: "watchlist-changed" as const, userId: caller.id }] : []),
      ],
    });
  },
});
