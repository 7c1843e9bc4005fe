"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { headers } from "next/headers";
import { clientAddress, oauthProviders, signIn, signOut } from "@/auth";
import { isOverRateLimit } from "@/db/mutations/rate-limits";
import { rateLimits } from "@/lib/rate-limits";
import { resolveReturnPath } from "@/lib/validation/accounts";
import { redirectIfPostedWithoutScript } from "@/app/_actions/post-redirect-get";

export interface SignInState {
  errors?: { login?: string[]; password?: string[]; form?: string[] };
  values?: { login?: string };
}

const signInSchema = z.object({
  login: z.string().trim().min(1, "Enter your username or email.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const values = { login: String(formData.get("login") ?? "") };
  const parsed = signInSchema.safeParse({ login: formData.get("login"), password: formData.get("password") });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: resolveReturnPath(formData.get("returnTo"), (await headers()).get("referer")),
    });
  } catch (error) {
    // A wrong password is an AuthError; the redirect after success is thrown too and must pass through.
    if (error instanceof AuthError) {
      // authorize() counted the attempt; a refusal past a limit says so instead of blaming the password.
      const isLimited =
        (await isOverRateLimit(rateLimits.signInPerAccount, parsed.data.login)) ||
        (await isOverRateLimit(rateLimits.signInPerAddress, clientAddress(await headers())));
      if (isLimited) return { errors: { form: [rateLimits.signInPerAccount.message] }, values };
      await redirectIfPostedWithoutScript("/sign-in/retry");
      return { errors: { form: ["That username or email and password do not match an account."] }, values };
    }
    throw error;
  }
  return {};
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

/** Signs in with a configured OAuth provider; its account is found or made in auth.ts. */
export async function signInWithProvider(formData: FormData) {
  const provider = oauthProviders.find((entry) => entry.id === formData.get("provider"));
  if (!provider) return;
  await signIn(provider.id, {
    redirectTo: resolveReturnPath(formData.get("returnTo"), (await headers()).get("referer")),
  });
}
