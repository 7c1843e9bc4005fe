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

export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const input = { username: formData.get("username"), email: formData.get("email"), password: formData.get("password") };
  const values = { username: String(input.username ?? ""), email: String(input.email ?? "") };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };

  if (!(await hitRateLimit(rateLimits.signUpPerAddress, clientAddress(await headers())))) {
    return { errors: { form: [rateLimits.signUpPerAddress.message] }, values };
  }
  const created = await createAccount(parsed.data);
  if (!created.ok) {
    const message = created.taken === "email" ? "An account with this email already exists." : "This username is taken.";
    return { errors: { [created.taken]: [message] }, values };
  }
  // Throws the redirect that ends the action.
  await signIn("credentials", {
    login: parsed.data.username,
    password: parsed.data.password,
    redirectTo: resolveReturnPath(formData.get("returnTo"), (await headers()).get("referer")),
  });
  return {};
}
