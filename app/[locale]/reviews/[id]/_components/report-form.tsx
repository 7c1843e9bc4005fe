"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, SubmitButton } from "@/app/_components/form-field";
import { REPORT_DETAILS_MAX_LENGTH, REPORT_REASONS } from "@/lib/validation/review-limits";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { reportReviewAction } from "../actions";

/** The reasons' values, in lib's order; their labels are this form's messages, one per value. */
const REASONS = Object.keys(REPORT_REASONS) as (keyof typeof REPORT_REASONS)[];

export function ReportForm({ reviewId }: { reviewId: number }) {
  const t = useTranslations("ReportForm");
  const [state, formAction, isPending] = useActionState(reportReviewAction, NOT_POSTED);
  if (state.ok) {
    return <p role="status">{t("thanks")}</p>;
  }
  return (
    <details open={Boolean(state.errors)} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="reviewId" value={reviewId} />
        <FormError errors={state.errors?.form} />
        <fieldset aria-describedby={state.errors?.reason ? "reason-errors" : undefined}>
          <legend className="font-medium">{t("reason")}</legend>
          {REASONS.map((value) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input type="radio" name="reason" value={value} defaultChecked={state.values?.reason === value} />
              {t(`reasons.${value}`)}
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
            {t("details")}
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
        <SubmitButton isPending={isPending}>{t("send")}</SubmitButton>
      </form>
    </details>
  );
}
