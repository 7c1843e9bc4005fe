"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import type { ModerationDecision } from "@/db/mutations/moderation";
import { ConfirmLink } from "@/app/_components/confirm-link";
import { moderateReviewAction } from "../actions";
import { ModerationDeleteForm } from "./moderation-delete-form";

/**
 * The decisions on a review in the queue; the reason is shown to the author when a review is hidden. A held review
 * (saved under an earlier hide) is approved or kept hidden, its reason the hide's until the moderator gives another.
 */
export function ModerationForm({
  reviewId,
  isHidden,
  held,
}: {
  reviewId: number;
  isHidden: boolean;
  held?: { reason: string | null };
}) {
  const t = useTranslations("AdminModerationForm");
  const consequence = useTranslations("AdminModerationDeleteForm")("consequence");
  const [state, formAction, isPending] = useActionState(moderateReviewAction, NOT_POSTED);
  // No field has a slot for its errors: every message, the reason's too, goes in the one status line.
  const done = state.result?.decision;
  const message = state.errors ? messagesOf(state.errors).join(" ") : done && t(`done.${done}`);
  const decide = (decision: ModerationDecision, label: "approve" | "keepHidden" | "showAgain" | "hide" | "dismiss") => (
    <button type="submit" name="decision" value={decision} disabled={isPending}>
      {t(label)}
    </button>
  );
  return (
    <div className="mt-3 flex flex-wrap items-end gap-2">
      <form action={formAction} className="contents">
        <input type="hidden" name="reviewId" value={reviewId} />
        <label className="flex grow flex-col text-sm">
          {t("reason")}
          <input
            name="reason"
            maxLength={500}
            defaultValue={held?.reason ?? ""}
            className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        {held ? (
          <>
            {decide("unhide", "approve")}
            {decide("hide", "keepHidden")}
          </>
        ) : (
          decide(isHidden ? "unhide" : "hide", isHidden ? "showAgain" : "hide")
        )}
        {held ? null : decide("dismiss", "dismiss")}
        {message ? (
          <p role="status" className="w-full text-sm">
            {message}
          </p>
        ) : null}
      </form>
      {/* Apart from the others and asked again: a deletion cannot be undone. */}
      <ConfirmLink
        href={`/admin/moderation/${reviewId}/delete`}
        label={t("delete")}
        question={t("deleteQuestion")}
        className="ml-auto text-red-700 dark:text-red-400"
      >
        <p>{consequence}</p>
        <ModerationDeleteForm reviewId={reviewId} />
      </ConfirmLink>
    </div>
  );
}
