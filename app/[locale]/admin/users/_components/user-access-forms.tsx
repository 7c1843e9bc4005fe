"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { changeUserAccessAction } from "../actions";

/**
 * The decisions on one account. Role, sessions and block are separate forms, so that Enter in the reason submits the
 * block and never another button; they share one state, shown below them. A blocked member has no sessions to end.
 */
export function UserAccessForms({
  userId,
  isAdmin,
  isBlocked,
}: {
  userId: number;
  isAdmin: boolean;
  isBlocked: boolean;
}) {
  const t = useTranslations("AdminUserAccessForms");
  const [state, formAction, isPending] = useActionState(changeUserAccessAction, NOT_POSTED);
  // No field has a slot for its errors: every message, the reason's too, goes in the one status line.
  const done = state.result;
  const message = state.errors
    ? messagesOf(state.errors).join(" ")
    : done && t(`done.${done.decision}`, { username: done.username });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={formAction}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" name="decision" value={isAdmin ? "demote" : "promote"} disabled={isPending}>
            {t(isAdmin ? "removeAdmin" : "makeAdmin")}
          </button>
        </form>
        {isBlocked ? null : (
          <form action={formAction}>
            <input type="hidden" name="userId" value={userId} />
            <button type="submit" name="decision" value="sign-out-everywhere" disabled={isPending}>
              {t("signOutEverywhere")}
            </button>
          </form>
        )}
        <form action={formAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="userId" value={userId} />
          {isBlocked ? (
            <button type="submit" name="decision" value="unblock" disabled={isPending}>
              {t("unblock")}
            </button>
          ) : (
            <>
              <label className="flex flex-col text-sm">
                {t("reason")}
                <input
                  name="reason"
                  maxLength={300}
                  className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
                />
              </label>
              <button type="submit" name="decision" value="block" disabled={isPending}>
                {t("block")}
              </button>
            </>
          )}
        </form>
      </div>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
