"use server";

import { after } from "next/server";
import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { requestEmailChange } from "@/db/mutations/email-change";
import { updateProfile } from "@/db/mutations/profile";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { sendMail } from "@/lib/mail";
import { verifyPassword } from "@/lib/password";
import { rateLimits } from "@/lib/rate-limits";
import { siteUrl } from "@/lib/site";
import { emailSchema } from "@/lib/validation/accounts";
import { optionalText, textFields } from "@/lib/validation/fields";

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
    const link = new URL(`/verify-email/${requested.token}`, siteUrl()).toString();
    after(async () => {
      await sendMail({
        to: newEmail,
        subject: "Confirm your new Marquee email",
        text: [
          `To make this the email of @${caller.username} on Marquee, follow this link within a day: ${link}`,
          "",
          "If you did not ask for this, ignore this email: nothing changes.",
        ].join("\n"),
      });
      await sendMail({
        to: caller.email,
        subject: "Your Marquee email is being changed",
        text: [
          `Someone signed in as @${caller.username} asked to move the account to ${newEmail}.`,
          "",
          "If that was not you, sign in and change your password now: the change needs that address's link to go through.",
        ].join("\n"),
      });
    });
    return done({ redirectTo: "/settings?email=sent" });
  },
});
