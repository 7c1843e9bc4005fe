"use server";

import { z } from "zod";
import { ADMINS_ONLY, defineAction, done, refuse } from "@/app/_actions/define-action";
import { FORM_OUT_OF_DATE, idField } from "@/lib/validation/fields";
import { changeUserAccess, USER_ACCESS_DECISIONS } from "@/db/mutations/admin-users";

const accessSchema = z
  .object({
    // Both come from the page, not from typing: a bad one means the page is stale or was tampered with.
    userId: idField(FORM_OUT_OF_DATE),
    decision: z.enum(USER_ACCESS_DECISIONS, FORM_OUT_OF_DATE),
    reason: z.string().trim().max(300, "Keep the reason under 300 characters."),
  })
  .refine((input) => input.reason !== "" || input.decision !== "block", {
    message: "Say why you are blocking this account.",
    path: ["reason"],
  });

const REFUSED = {
  self: "You cannot remove your own admin role, block yourself or end your own sessions here — ask another admin, or use Settings.",
  // The acting admin lost the role (or was blocked) since the check before the transaction.
  "not-admin": ADMINS_ONLY,
  "not-found": "That account no longer exists.",
} as const;

export const changeUserAccessAction = defineAction({
  who: "admin",
  schema: accessSchema,
  input: (formData) => ({
    userId: formData.get("userId"),
    decision: formData.get("decision"),
    // The role form has no reason field.
    reason: formData.get("reason") ?? "",
  }),
  async run({ userId, decision, reason }, { caller }) {
    const changed = await changeUserAccess({ actorId: caller.id, userId, decision, reason: reason || null });
    if (!changed.ok) return refuse(REFUSED[changed.reason]);
    return done({
      // The forms say what was done, in the page's words.
      result: { decision, username: changed.username },
      // Profiles show the member; the admin list itself is rendered per request.
      writes: [{ kind: "member-access-changed", userId }],
    });
  },
});
