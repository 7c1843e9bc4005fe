"use client";

import { useActionState } from "react";
import { FormError, SubmitButton } from "@/app/_components/form-field";
import { REPORT_DETAILS_MAX_LENGTH, REPORT_REASONS } from "@/lib/validation/review-limits";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { reportReviewAction } from "../actions";

export function ReportForm({ reviewId }: { reviewId: number }) {
  const [state, formAction, isPending] = useActionState(reportReviewAction, NOT_POSTED);
  if (state.ok) {
    return <p role="status">Thank you: a moderator will look at this review.</p>;
  }
  return (
    <details open={Boolean(state.errors)} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer font-medium">Report this review</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="reviewId" value={reviewId} />
        <FormError errors={state.errors?.form} />
        <fieldset aria-describedby={state.errors?.reason ? "reason-errors" : undefined}>
          <legend className="font-medium">Reason</legend>
          {Object.entries(REPORT_REASONS).map(([value, label]) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input type="radio" name="reason" value={value} defaultChecked={state.values?.reason === value} />
              {label}
            </label>
          ))}
          {state.errors?.reason ? (
            <p id="reason-errors" className="text-sm text-red-700 dark:text-red-400">
              {state.errors.reason.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="report-details" className="block font-medium">
            Details (optional)
          </label>
          <textarea
            id="report-details"
            name="details"
            rows={3}
            maxLength={REPORT_DETAILS_MAX_LENGTH}
            defaultValue={state.values?.details}
            className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-950"
          />
          {state.errors?.details ? (
            <p className="text-sm text-red-700 dark:text-red-400">{state.errors.details.join(" ")}</p>
          ) : null}
        </div>
        <SubmitButton isPending={isPending}>Send report</SubmitButton>
      </form>
    </details>
  );
}
