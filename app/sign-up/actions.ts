"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { clientAddress, signIn } from "@/auth";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { createAccount } from "@/db/mutations/accounts";
import { resolveReturnPath, signUpSchema } from "@/lib/validation/accounts";

export interface SignUpState {
  errors?: Partial<Record<"username" | "email" | "password" | "form", string[]>>;
  /** What the user typed, so a refused form keeps it (never the password). */
  values?: { username?: string; email?: string };
}

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

export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const input = {
    username: formData.get("username"),
    email: formData.get("email"),
    password: formData.get("password"),
  };
  const values = { username: String(input.username ?? ""), email: String(input.email ?? "") };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };

  if (!(await hitRateLimit(rateLimits.signUpPerAddress, clientAddress(await headers())))) {
    return { errors: { form: [rateLimits.signUpPerAddress.message] }, values };
  }
  const created = await createAccount(parsed.data);
  if (!created.ok && created.taken === "username") return { errors: { username: ["This username is taken."] }, values };
  if (!created.ok) return { errors: { form: [ACCOUNT_NOT_CREATED] }, values };
  // Throws the redirect that ends the action.
  await signIn("credentials", {
    login: parsed.data.username,
    password: parsed.data.password,
    redirectTo: resolveReturnPath(formData.get("returnTo"), (await headers()).get("referer")),
  });
  return {};
}
