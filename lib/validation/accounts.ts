// What an account needs, shared by the sign-up form and (later) importers and admin tools. Server-side only: the
// account schemas carry the password estimator's dictionaries, which a browser bundle should not.
import { z } from "zod";
import { guessablePasswordRefusal } from "@/lib/common-passwords";
import { isReservedUsername, USERNAME_PATTERN } from "@/lib/usernames";

export const usernameSchema = z.string().trim().regex(USERNAME_PATTERN, "Use 3 to 30 letters, digits or underscores.");

export const emailSchema = z
  .string()
  .trim()
  .max(254, "That email is too long.")
  .pipe(z.email("Enter a valid email address."));

// NIST 800-63B: a minimum length, a generous maximum and a blocklist, no composition rules. A password of the
// wrong length is told only that (abort), not also that it is guessable. The blocklist weighs the member's own
// username and email too, so it is checked where they are known: accountSchema below, the change-password action.
// Sign-in never applies these rules, so older passwords (the demo accounts' "marquee-demo") keep working.
export const newPasswordSchema = z
  .string()
  .min(10, { message: "Use at least 10 characters.", abort: true })
  .max(256, { message: "Use at most 256 characters.", abort: true });

const accountSchema = (username: z.ZodType<string>) =>
  z
    .object({ username, email: emailSchema, password: newPasswordSchema })
    // The blocklist, with the member's own username and email among the words tried first. Skipped, like every
    // check after an aborting issue, when the password's length was refused.
    .superRefine(({ username, email, password }, context) => {
      const refusal = guessablePasswordRefusal(password, [username, email]);
      if (refusal) context.addIssue({ code: "custom", path: ["password"], message: refusal });
    });

export const signUpSchema = accountSchema(
  usernameSchema.refine((username) => !isReservedUsername(username), "This username is kept for the site."),
);

/** For the operator's own command (npm run user:create): the staff's names are theirs to give. */
export const operatorAccountSchema = accountSchema(usernameSchema);
