// What an account needs, shared by the sign-up form and (later) importers and admin tools.
import { z } from "zod";
import { USERNAME_PATTERN } from "@/lib/usernames";

export const usernameSchema = z
  .string()
  .trim()
  .regex(USERNAME_PATTERN, "Use 3 to 30 letters, digits or underscores.");

export const emailSchema = z.string().trim().max(254, "That email is too long.").pipe(z.email("Enter a valid email address."));

// NIST 800-63B: a minimum length and a generous maximum, no composition rules.
export const newPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(256, "Use at most 256 characters.");

export const signUpSchema = z.object({ username: usernameSchema, email: emailSchema, password: newPasswordSchema });

/** Where to go after signing in: only a path on this site, never another origin. */
export const returnPathSchema = z
  .string()
  .regex(/^\/(?![/\\])/, "")
  .max(2000)
  .catch("/");

/**
 * The return path of a sign-in or sign-up form: its `returnTo` field, filled in by the page's script, else the
 * `returnTo` of the page the form was posted from (the Referer), which is all a browser without JavaScript sends.
 */
export function resolveReturnPath(field: FormDataEntryValue | null, referer: string | null): string {
  if (typeof field === "string" && field !== "") return returnPathSchema.parse(field);
  if (!referer || !URL.canParse(referer)) return "/";
  return returnPathSchema.parse(new URL(referer).searchParams.get("returnTo"));
}
