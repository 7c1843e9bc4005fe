"use client";

import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { DeleteButton, FieldErrors } from "@/app/_components/form-field";
import { moderateReviewAction } from "../actions";

/** A moderator's deletion of a review, asked for in the confirmation dialog or on its page; the reason is audited. */
export function ModerationDeleteForm({ reviewId }: { reviewId: number }) {
  const t = useTranslations("AdminModerationDeleteForm");
  const [state, formAction, isPending] = useActionState(moderateReviewAction, NOT_POSTED);
  if (state.ok) {
    return <p role="status">{t.rich("deleted", { link: (back) => <Link href="/admin/moderation">{back}</Link> })}</p>;
  }
  const reasonErrors = state.errors?.reason;
  const otherErrors = messagesOf({ ...state.errors, reason: undefined });
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="decision" value="delete" />
      <label className="flex flex-col">
        {t("reason")}
        <input
          name="reason"
          required
          maxLength={500}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={reasonErrors ? true : undefined}
          aria-describedby={reasonErrors ? `delete-reason-errors-${reviewId}` : undefined}
          className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
        />
      </label>
      <FieldErrors id={`delete-reason-errors-${reviewId}`} errors={reasonErrors} />
      {otherErrors.length > 0 ? <p role="status">{otherErrors.join(" ")}</p> : null}
      <DeleteButton isPending={isPending}>{t("submit")}</DeleteButton>
    </form>
  );
}
