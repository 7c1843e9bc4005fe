// What an account needs, shared by the sign-up form and (later) importers and admin tools. Server-side only:
// newPasswordSchema carries the common-password list, which a browser bundle should not.
import { z } from "zod";
import { isGuessablePassword } from "@/lib/common-passwords";
import { isReservedUsername, USERNAME_PATTERN } from "@/lib/usernames";

export const usernameSchema = z.string().trim().regex(USERNAME_PATTERN, "Use 3 to 30 letters, digits or underscores.");

export const emailSchema = z
  .string()
  .trim()
  .max(254, "That email is too long.")
  .pipe(z.email("Enter a valid email address."));

export const GUESSABLE_PASSWORD_MESSAGE = "This password is too common or easy to guess; choose another.";

// NIST 800-63B: a minimum length, a generous maximum and a blocklist, no composition rules. A password of the
// wrong length is told only that (abort), not also that it is guessable. Sign-in never applies these rules, so
// older passwords (the demo accounts' "marquee-demo") keep working.
export const newPasswordSchema = z
  .string()
  .min(10, { message: "Use at least 10 characters.", abort: true })
  .max(256, { message: "Use at most 256 characters.", abort: true })
  .refine((password) => !isGuessablePassword(password), GUESSABLE_PASSWORD_MESSAGE);

const accountSchema = (username: z.ZodType<string>) =>
  z
    .object({ username, email: emailSchema, password: newPasswordSchema })
    // Built on the member's own username or email: checked once the form is otherwise valid.
    .refine(({ username, email, password }) => !isGuessablePassword(password, [username, email]), {
      path: ["password"],
      message: GUESSABLE_PASSWORD_MESSAGE,
      when: ({ issues }) => issues.length === 0,
    });

export const signUpSchema = accountSchema(
  usernameSchema.refine((username) => !isReservedUsername(username), "This username is kept for the site's staff."),
);

/** For the operator's own command (npm run user:create): the staff's names are theirs to give. */
export const operatorAccountSchema = accountSchema(usernameSchema);

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
