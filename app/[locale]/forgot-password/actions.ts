"use server";

import { createTranslator } from "next-intl";
import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { referringPageLocale } from "@/app/_actions/referring-page-locale";
import { clientAddress } from "@/auth";
import { requestPasswordReset } from "@/db/mutations/password-reset";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { localisedPath } from "@/i18n/locales";
import { sendMail } from "@/lib/mail";
import { rateLimits } from "@/lib/rate-limits";
import { siteUrl } from "@/lib/site";
import { emailSchema } from "@/lib/validation/accounts";
import { messagesFor } from "@/messages";

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
    // In the language of the page that asked; read whether or not the address has an account, so as to take as long.
    const locale = await referringPageLocale();
    const reset = await requestPasswordReset(email);
    if (reset) {
      const link = new URL(localisedPath(locale, `/reset-password/${reset.token}`), siteUrl()).toString();
      after(async () => {
        const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "AccountEmails.passwordReset" });
        await sendMail({
          to: reset.email,
          subject: t("subject"),
          text: [t("requested", { username: reset.username }), "", t("link", { link }), "", t("notYou")].join("\n"),
        });
      });
    }
    return done({ redirectTo: "/forgot-password?sent=1" });
  },
});
