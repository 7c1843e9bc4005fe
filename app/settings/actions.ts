"use server";

import { invalidateAfter } from "@/app/_data/invalidation";
import { z } from "zod";
import { findSignedInUser, signIn, signOut } from "@/auth";
import { changePassword, deleteAccount } from "@/db/mutations/accounts";
import { importLetterboxdRatings } from "@/db/mutations/letterboxd-import";
import { parseLetterboxdCsv } from "@/lib/letterboxd";
import { verifyPassword } from "@/lib/password";
import { isGuessablePassword } from "@/lib/common-passwords";
import { GUESSABLE_PASSWORD_MESSAGE, newPasswordSchema } from "@/lib/validation/accounts";

export interface SettingsFormState {
  errors?: { currentPassword?: string[]; newPassword?: string[]; form?: string[] };
}

const SIGN_IN_FIRST = { errors: { form: ["Your session has ended: sign in again."] } };
const WRONG_PASSWORD = ["That is not your current password."];

const changePasswordSchema = z.object({
  // Longer than any password can be (new ones stop at 256): it cannot be theirs.
  currentPassword: z.string().min(1, "Enter your current password.").max(1024, WRONG_PASSWORD[0]),
  newPassword: newPasswordSchema,
});

export async function changePasswordAction(
  _previous: SettingsFormState,
  formData: FormData,
): Promise<SettingsFormState> {
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const user = await findSignedInUser();
  if (!user) return SIGN_IN_FIRST;
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    return { errors: { currentPassword: WRONG_PASSWORD } };
  }
  // The schema knows no member; a password built on their own username is refused here.
  if (isGuessablePassword(parsed.data.newPassword, [user.username]))
    return { errors: { newPassword: [GUESSABLE_PASSWORD_MESSAGE] } };
  await changePassword(user.id, parsed.data.newPassword);
  // Every other session has just ended; this one signs in again with the new password and carries on.
  await signIn("credentials", {
    login: user.username,
    password: parsed.data.newPassword,
    redirectTo: "/settings?password=changed",
  });
  return {};
}

export async function deleteAccountAction(
  _previous: SettingsFormState,
  formData: FormData,
): Promise<SettingsFormState> {
  const password = z.string().min(1).max(1024).safeParse(formData.get("deleteConfirmation"));
  if (!password.success) return { errors: { currentPassword: ["Enter your password to confirm."] } };
  const user = await findSignedInUser();
  if (!user) return SIGN_IN_FIRST;
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password.data))) {
    return { errors: { currentPassword: WRONG_PASSWORD } };
  }
  const deleted = await deleteAccount(user.id);
  if (!deleted.ok)
    return {
      errors: { form: ["You are the site’s only admin: make another member an admin before you delete your account."] },
    };
  // The member's reviews are gone from every film, list and chart.
  await invalidateAfter({
    kind: "account-deleted",
    userId: user.id,
    username: user.username,
    reviewedFilmIds: deleted.reviewedFilmIds,
  });
  await signOut({ redirectTo: "/?account=deleted" });
  return {};
}

export interface ImportState {
  report?: {
    imported: number;
    unmatched: { line: number; name: string; year: number }[];
    invalid: { line: number; reason: string }[];
  };
  errors?: { file?: string[]; form?: string[] };
}

// Next refuses server action bodies over 1 MB; a Letterboxd export of thousands of ratings is far smaller.
const MAX_IMPORT_BYTES = 900 * 1024;

export async function importLetterboxdAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { errors: { file: ["Choose the ratings.csv or reviews.csv from your Letterboxd export."] } };
  if (file.size > MAX_IMPORT_BYTES)
    return { errors: { file: ["That file is larger than 900 KB; a Letterboxd export is much smaller."] } };
  const user = await findSignedInUser();
  if (!user) return SIGN_IN_FIRST;
  let parsed;
  try {
    parsed = parseLetterboxdCsv(await file.text());
  } catch {
    return { errors: { file: ["That file is not a CSV we can read."] } };
  }
  const report = await importLetterboxdRatings(user.id, parsed.rows);
  await invalidateAfter({ kind: "ratings-imported", userId: user.id, filmIds: report.importedFilmIds });
  return { report: { imported: report.imported, unmatched: report.unmatched, invalid: parsed.invalid } };
}
