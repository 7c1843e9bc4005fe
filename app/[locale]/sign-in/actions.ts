"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { headers } from "next/headers";
import { defineAction, refuse } from "@/app/_actions/define-action";
import { oauthProviders, signIn, signOut, SignInRefused } from "@/auth";
import { rateLimits } from "@/lib/rate-limits";
import { BUSY_MESSAGE } from "@/lib/work-gate";
import { resolveReturnPath } from "@/lib/validation/return-path";
import { FORM_OUT_OF_DATE, textFields } from "@/lib/validation/fields";

const signInSchema = z.object({
  login: z.string().trim().min(1, "Enter your username or email.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export const signInWithPassword = defineAction({
  who: "anyone",
  schema: signInSchema,
  values: (formData) => textFields(formData, ["login"]),
  async run(credentials, { formData }) {
    const requestHeaders = await headers();
    try {
      return await signIn("credentials", {
        ...credentials,
        redirectTo: resolveReturnPath(formData.get("returnTo"), requestHeaders.get("referer")),
      });
    } catch (error) {
      // A wrong password is an AuthError; the redirect after success is thrown too and must pass through.
      if (!(error instanceof AuthError)) throw error;
      // A refusal for the limits says so instead of blaming the password.
      if (error instanceof SignInRefused)
        return refuse(error.code === "busy" ? BUSY_MESSAGE : rateLimits.signInFailuresPerPair.message);
      return refuse("That username or email and password do not match an account.", {
        withoutScript: "/sign-in/retry",
      });
    }
  },
});

export const signOutAction = defineAction({
  who: "anyone",
  schema: z.object({}),
  run: () => signOut({ redirectTo: "/" }),
});

/** Signs in with a configured OAuth provider; its account is found or made in auth.ts. */
export const signInWithProvider = defineAction({
  who: "anyone",
  schema: z.object({
    provider: z.enum(
      oauthProviders.map(({ id }) => id),
      FORM_OUT_OF_DATE,
    ),
  }),
  async run({ provider }, { formData }) {
    return signIn(provider, {
      redirectTo: resolveReturnPath(formData.get("returnTo"), (await headers()).get("referer")),
    });
  },
});
