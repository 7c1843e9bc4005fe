"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { confirmEmailChange } from "@/db/mutations/email-change";
import { LINK_USED_UP } from "@/lib/account-tokens";

/** Posted from the link's page, never on opening it: mail scanners open links, and must not confirm anything. */
export const confirmEmailAction = defineAction({
  who: "anyone",
  schema: z.object({ token: z.string().min(1, LINK_USED_UP).max(100, LINK_USED_UP) }),
  async run({ token }) {
    const confirmed = await confirmEmailChange(token);
    if (!confirmed.ok) {
      return refuse(
        confirmed.reason === "taken" ? "Another account has taken this email since: choose another." : LINK_USED_UP,
      );
    }
    return done({ redirectTo: "/verify-email/done" });
  },
});
