"use server";

import { createTranslator } from "next-intl";
import { after } from "next/server";
import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { referringPageLocale } from "@/app/_actions/referring-page-locale";
import { requestEmailChange } from "@/db/mutations/email-change";
import { updateProfile } from "@/db/mutations/profile";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { localisedPath } from "@/i18n/locales";
import { sendMail } from "@/lib/mail";
import { verifyPassword } from "@/lib/password";
import { rateLimits } from "@/lib/rate-limits";
import { siteUrl } from "@/lib/site";
import { emailSchema } from "@/lib/validation/accounts";
import { optionalText, textFields } from "@/lib/validation/fields";
import { messagesFor } from "@/messages";

export const updateProfileAction = defineAction({
  who: "member",
  schema: z.object({
    displayName: optionalText(50, "Keep your name to 50 characters."),
    bio: optionalText(500, "Keep your bio to 500 characters."),
  }),
  values: (form) => textFields(form, ["displayName", "bio"]),
  async run(profile, { caller }) {
    const reviewedFilmIds = await updateProfile(caller.id, profile);
    return done({ writes: [{ kind: "profile-changed", userId: caller.id, reviewedFilmIds }] });
  },
});

/**
 * Sends a link to the new address; the account keeps its email until the link is followed. The password is asked
 * for (where the account has one): the email is how a password is reset, so whoever sets it can take the account.
 * The old address is told, so that its owner learns of a change they did not make.
 */
export const changeEmailAction = defineAction({
  who: "member",
  schema: z.object({
    newEmail: emailSchema,
    currentPassword: z.string().max(1024, "That is not your current password."),
  }),
  values: (form) => ({ newEmail: String(form.get("newEmail") ?? "") }),
  async run({ newEmail, currentPassword }, { caller }) {
    if (caller.passwordHash && !(await verifyPassword(caller.passwordHash, currentPassword)))
      return refuse({ currentPassword: ["That is not your current password."] });
    if (!(await hitRateLimit(rateLimits.emailChangePerUser, String(caller.id))))
      return refuse(rateLimits.emailChangePerUser.message);
    const requested = await requestEmailChange({ userId: caller.id, email: caller.email }, newEmail);
    if (!requested.ok) {
      return refuse({
        newEmail: [requested.reason === "same" ? "That is already your email." : "Another account uses this email."],
      });
    }
    // Both mails in the language of the settings page that asked.
    const locale = await referringPageLocale();
    const link = new URL(localisedPath(locale, `/verify-email/${requested.token}`), siteUrl()).toString();
    after(async () => {
      const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "AccountEmails" });
      const { username } = caller;
      await sendMail({
        to: newEmail,
        subject: t("confirmNewEmail.subject"),
        text: [t("confirmNewEmail.link", { username, link }), "", t("confirmNewEmail.notYou")].join("\n"),
      });
      await sendMail({
        to: caller.email,
        subject: t("emailChanging.subject"),
        text: [t("emailChanging.requested", { username, email: newEmail }), "", t("emailChanging.notYou")].join("\n"),
      });
    });
    return done({ redirectTo: "/settings?email=sent" });
  },
});
