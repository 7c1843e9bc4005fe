"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { clientAddress } from "@/auth";
import { requestPasswordReset } from "@/db/mutations/password-reset";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { sendMail } from "@/lib/mail";
import { rateLimits } from "@/lib/rate-limits";
import { siteUrl } from "@/lib/site";
import { emailSchema } from "@/lib/validation/accounts";

/**
 * Sends a reset link to the address if an account uses it. The answer is the same whether one does or not, and the
 * mail goes out after it (`after`), so neither the words nor the time taken tell who has an account.
 */
export const requestPasswordResetAction = defineAction({
  who: "anyone",
  schema: z.object({ email: emailSchema }),
  values: (form) => ({ email: String(form.get("email") ?? "") }),
  async run({ email }) {
    if (!(await hitRateLimit(rateLimits.passwordResetPerAddress, clientAddress(await headers()))))
      return refuse(rateLimits.passwordResetPerAddress.message);
    if (!(await hitRateLimit(rateLimits.passwordResetPerEmail, email.toLowerCase())))
      return refuse({ email: [rateLimits.passwordResetPerEmail.message] });
    const reset = await requestPasswordReset(email);
    if (reset) {
      const link = new URL(`/reset-password/${reset.token}`, siteUrl()).toString();
      after(() =>
        sendMail({
          to: reset.email,
          subject: "Choose a new Marquee password",
          text: [
            `Someone, hopefully you, asked to reset the password of @${reset.username} on Marquee.`,
            "",
            `Choose a new password here within the hour: ${link}`,
            "",
            "If it was not you, ignore this email: your password stays as it is.",
          ].join("\n"),
        }),
      );
    }
    return done({ redirectTo: "/forgot-password?sent=1" });
  },
});
