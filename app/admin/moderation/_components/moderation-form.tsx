"use client";

import { useActionState } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { moderateReviewAction } from "../actions";

/** The decisions on one reported review; the reason is shown to the author when a review is hidden. */
export function ModerationForm({ reviewId, isHidden }: { reviewId: number; isHidden: boolean }) {
  const [state, formAction, isPending] = useActionState(moderateReviewAction, NOT_POSTED);
  // No field has a slot for its errors: every message, the reason's too, goes in the one status line.
  const message = state.errors ? messagesOf(state.errors).join(" ") : state.result?.message;
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <label className="flex grow flex-col text-sm">
        Reason
        <input
          name="reason"
          maxLength={500}
          className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
        />
      </label>
      {isHidden ? (
        <button type="submit" name="decision" value="unhide" disabled={isPending}>
          Show again
        </button>
      ) : (
        <button type="submit" name="decision" value="hide" disabled={isPending}>
          Hide
        </button>
      )}
      <button type="submit" name="decision" value="delete" disabled={isPending}>
        Delete
      </button>
      <button type="submit" name="decision" value="dismiss" disabled={isPending}>
        Dismiss reports
      </button>
      {message ? (
        <p role="status" className="w-full text-sm">
          {message}
        </p>
      ) : null}
    </form>
  );
}
