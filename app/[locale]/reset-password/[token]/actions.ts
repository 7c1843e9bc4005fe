"use server";

import { z } from "zod";
import { defineAction, refuse } from "@/app/_actions/define-action";
import { signIn } from "@/auth";
import { resetPassword } from "@/db/mutations/password-reset";
import { findWorkingAccountToken } from "@/db/queries/account-tokens";
import { LINK_USED_UP } from "@/lib/account-tokens";
import { guessablePasswordRefusal } from "@/lib/common-passwords";
import { newPasswordSchema } from "@/lib/validation/accounts";

export const resetPasswordAction = defineAction({
  who: "anyone",
  schema: z.object({
    token: z.string().min(1).max(100, LINK_USED_UP),
    newPassword: newPasswordSchema,
  }),
  async run({ token, newPassword }) {
    const account = await findWorkingAccountToken(token, "password-reset");
    if (!account) return refuse(LINK_USED_UP);
    const refusal = guessablePasswordRefusal(newPassword, [account.username, account.email]);
    if (refusal) return refuse({ newPassword: [refusal] });
    const reset = await resetPassword(token, newPassword);
    if (!reset.ok) return refuse(LINK_USED_UP);
    // Every session has ended; this browser signs in with the new password and lands on the settings.
    return signIn("credentials", {
      login: reset.username,
      password: newPassword,
      redirectTo: "/settings?password=reset",
    });
  },
});
