"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormError, SubmitButton } from "@/app/_components/form-field";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import type { OwnReviewAnswer } from "@/app/api/me/reviews/[filmId]/route";
import { ConfirmLink } from "@/app/_components/confirm-link";
import { DeleteReviewForm } from "@/app/_components/delete-review-form";
import { saveReviewAction } from "@/app/[locale]/films/[slug]/actions";
import { StarRatingInput, useRatingChoice } from "@/app/_components/star-rating-input";
import { useDescribeRating } from "@/app/_components/stars";
import { REVIEW_MAX_LENGTH } from "@/lib/validation/review-limits";

type OwnReview = NonNullable<OwnReviewAnswer["review"]>;

/**
 * What the member sees while the save is on its way: the rating they just chose, at once (the server's answer
 * replaces it). Reads the submitted form, so the form itself stays a plain server-action form that works
 * without JavaScript.
 */
function SaveStatus({ isSaved }: { isSaved?: boolean }) {
  const t = useTranslations("ReviewForm");
  const describeRating = useDescribeRating();
  const { pending, data } = useFormStatus();
  const submitted = data?.get("rating");
  if (pending && typeof submitted === "string" && submitted !== "") {
    return <p role="status">{t("savingRating", { rating: describeRating(Number(submitted)) })}</p>;
  }
  return isSaved && !pending ? <p role="status">{t("saved")}</p> : null;
}

interface ReviewFormProps {
  filmId: number;
  review?: OwnReview;
  /** Called once a save is done, for the page to read the review again (the film page's stars show it too). */
  onSaved?: () => void;
}

/**
 * Rate (five stars in halves, and trash) and optionally review; one review per film, editable. Without `review` it
 * is the blank form, also what visitors without JavaScript get (see YourReview).
 */
export function ReviewForm({ filmId, review, onSaved }: ReviewFormProps) {
  const t = useTranslations("ReviewForm");
  const deletion = useTranslations("DeleteReviewForm");
  // The server action itself, not a function around it: without JavaScript the form posts to it directly.
  const [state, formAction, isPending] = useActionState(saveReviewAction, NOT_POSTED);
  const rating = useRatingChoice(review?.rating ?? null);
  // The submit button is disabled while the save is on its way, which drops the keyboard's focus: it goes to the
  // answer instead, which a screen reader then reads.
  const answer = useRef<HTMLDivElement>(null);
  useAfterEachAnswer(state, (isSaved) => {
    if (isSaved) onSaved?.();
    if (document.activeElement === document.body) answer.current?.focus();
  });
  const initial = state.values ?? {
    body: review?.body ?? "",
    hasSpoilers: review?.hasSpoilers ?? false,
  };
  const [length, setLength] = useState((initial.body ?? "").length);
  const hasReview = Boolean(review) || state.ok;
  return (
    <section
      aria-labelledby="your-review-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="your-review-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <form action={formAction} className="space-y-4">
        <input type="hidden" name="filmId" value={filmId} />
        <FormError errors={state.errors?.form} />
        <div>
          <StarRatingInput
            legend={t("rating")}
            value={rating.shown}
            onChange={rating.choose}
            errorId={state.errors?.rating ? "rating-errors" : undefined}
          />
          {state.errors?.rating ? (
            <p id="rating-errors" className="mt-1 text-sm text-red-700 dark:text-red-400">
              {state.errors.rating.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="space-y-1">
          <label htmlFor="review-body" className="block font-medium">
            {t("body")}
          </label>
          <textarea
            id="review-body"
            name="body"
            rows={5}
            maxLength={REVIEW_MAX_LENGTH}
            defaultValue={initial.body}
            onChange={(event) => setLength(event.target.value.length)}
            aria-describedby="review-body-count"
            aria-invalid={state.errors?.body ? true : undefined}
            className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-950"
          />
          <p id="review-body-count" aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
            {t("bodyCount", { length, max: REVIEW_MAX_LENGTH })}
          </p>
          {state.errors?.body ? (
            <p className="text-sm text-red-700 dark:text-red-400">{state.errors.body.join(" ")}</p>
          ) : null}
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="hasSpoilers" defaultChecked={initial.hasSpoilers} />
          {t("hasSpoilers")}
        </label>
        <div ref={answer} tabIndex={-1} className="flex items-center gap-4">
          <SubmitButton isPending={isPending}>
            {isPending ? t("saving") : hasReview ? t("update") : t("save")}
          </SubmitButton>
          <SaveStatus isSaved={state.ok} />
        </div>
      </form>
      {review ? (
        <ConfirmLink
          href={`/reviews/${review.id}/delete`}
          label={t("deleteLink")}
          question={t("deleteQuestion")}
          className="inline-block text-red-700 dark:text-red-400"
        >
          <p>{deletion("consequence")}</p>
          <DeleteReviewForm reviewId={review.id} />
        </ConfirmLink>
      ) : null}
    </section>
  );
}
