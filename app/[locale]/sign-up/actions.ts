"use server";

import { headers } from "next/headers";
import { textFields } from "@/lib/validation/fields";
import { defineAction, refuse } from "@/app/_actions/define-action";
import { clientAddress, signIn } from "@/auth";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { createAccount } from "@/db/mutations/accounts";
import { signUpSchema } from "@/lib/validation/accounts";
import { resolveReturnPath } from "@/lib/validation/return-path";

/**
 * The answer to a sign-up whose email is already on an account. Usernames are public (every member has a page
 * at /users/{username}), so a taken one is named; whether an email has an account is not, so this refusal names
 * no field and says nothing about the email. It is the same for every kind of account the email may be on
 * (with a password, GitHub or Google only, blocked), and it comes after the password is hashed, like a sign-up
 * that succeeds or whose username is taken, so its timing gives nothing away either. What no wording can hide
 * while emails are unique and Marquee sends no mail: someone who signs up with a fresh username and another
 * person's email learns that it is in use. Confirming by email would close that; until then the sign-up limit
 * (a few an hour from one network) keeps such probing to a trickle.
 */
const ACCOUNT_NOT_CREATED =
  "We could not create an account with these details. If you already have one, sign in instead.";

export const signUp = defineAction({
  who: "anyone",
  schema: signUpSchema,
  // Never the password.
  values: (formData) => textFields(formData, ["username", "email"]),
  async run(account, { formData }) {
    const requestHeaders = await headers();
    if (!(await hitRateLimit(rateLimits.signUpPerAddress, clientAddress(requestHeaders))))
      return refuse(rateLimits.signUpPerAddress.message);
    const created = await createAccount(account);
    if (!created.ok && created.taken === "username") return refuse({ username: ["This username is taken."] });
    if (!created.ok) return refuse(ACCOUNT_NOT_CREATED);
    // Auth.js ends the action with its redirect to where the member was going.
    return signIn("credentials", {
      login: account.username,
      password: account.password,
      redirectTo: resolveReturnPath(formData.get("returnTo"), requestHeaders.get("referer")),
    });
  },
});
