"use server";

import { invalidateAfter } from "@/app/_data/invalidation";
import { z } from "zod";
import { findSignedInAdmin } from "@/auth";
import { FORM_OUT_OF_DATE, idField } from "@/lib/validation/fields";
import { changeUserAccess, USER_ACCESS_DECISIONS, type UserAccessDecision } from "@/db/mutations/admin-users";

export interface UserAccessState {
  error?: string;
  done?: string;
}

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

const NOT_ALLOWED = "Only admins can manage accounts.";

const REFUSED = {
  self: "You cannot remove your own admin role or block yourself — ask another admin.",
  "not-admin": NOT_ALLOWED,
  "not-found": "That account no longer exists.",
} as const;

const DONE: Record<UserAccessDecision, (username: string) => string> = {
  promote: (username) => `@${username} is now an admin.`,
  demote: (username) => `@${username} is no longer an admin.`,
  block: (username) => `@${username} is blocked: signed out, and can neither sign in nor post.`,
  unblock: (username) => `@${username} can sign in again.`,
};

export async function changeUserAccessAction(_previous: UserAccessState, formData: FormData): Promise<UserAccessState> {
  const parsed = accessSchema.safeParse({
    userId: formData.get("userId"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? "",
  });
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join(" ") };
  const admin = await findSignedInAdmin();
  if (!admin) return { error: NOT_ALLOWED };
  const { userId, decision, reason } = parsed.data;
  const result = await changeUserAccess({ actorId: admin.id, userId, decision, reason: reason || null });
  if (!result.ok) return { error: REFUSED[result.reason] };
  // Profiles show the member; the admin list itself is rendered per request.
  await invalidateAfter({ kind: "member-access-changed", userId });
  return { done: DONE[decision](result.username) };
}
