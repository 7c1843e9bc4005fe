"use client";

import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import { useActionState, useState } from "react";
import { NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import { FieldErrors, FormError, FormField, SubmitButton, TextAreaField } from "@/app/_components/form-field";
import { StarRatingInput } from "@/app/_components/star-rating-input";
import { Stars } from "@/app/_components/stars";
import { useOwnAnswer } from "@/app/_components/use-own-answer";
import type { OwnDiaryAnswer } from "@/app/api/me/diary/[filmId]/route";
import { formattersFor } from "@/lib/format";
import { REVIEW_MAX_LENGTH } from "@/lib/validation/review-limits";
import { logViewingAction } from "../diary-actions";
import { DeleteViewingForm } from "./delete-viewing-form";
import { useOwnReview } from "./own-review";

/**
 * The member's viewings of the film and the form to log another, fetched once the page runs; for a browser without
 * JavaScript, the blank form, its post answered with a redirect back.
 */
export function DiaryTools({ filmId }: { filmId: number }) {
  const t = useTranslations("YourDiary");
  const locale = useLocale();
  const { username, answer, refresh } = useOwnAnswer<OwnDiaryAnswer>(`/api/me/diary/${filmId}`);
  // A rated viewing rates the film too: the stars beside its rating and the review box show it.
  const ownReview = useOwnReview();
  if (username === undefined) {
    return (
      <ViewingForm filmId={filmId}>
        <p>
          {t.rich("inYourDiary", {
            link: (chunks) => <a href={getPathname({ href: "/diary", locale })}>{chunks}</a>,
          })}
        </p>
      </ViewingForm>
    );
  }
  const onChanged = () => {
    refresh();
    ownReview.refresh();
  };
  return (
    <ViewingForm filmId={filmId} today={localDay(new Date())} onLogged={onChanged}>
      {answer ? <OwnViewings viewings={answer.viewings} onDeleted={refresh} /> : <p aria-busy="true">{t("loading")}</p>}
    </ViewingForm>
  );
}

/** The day as the member's own clock has it, YYYY-MM-DD: a viewing is dated where it was watched. */
function localDay(moment: Date) {
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

interface ViewingFormProps {
  filmId: number;
  /** The date filled in; left empty without JavaScript, which the action reads as today. */
  today?: string;
  onLogged?: () => void;
  /** The member's viewings so far, above the form. */
  children?: React.ReactNode;
}

function ViewingForm({ filmId, today = "", onLogged, children }: ViewingFormProps) {
  const t = useTranslations("YourDiary");
  // The server action itself, not a function around it: without JavaScript the form posts to it directly.
  const [state, formAction, isPending] = useActionState(logViewingAction, NOT_POSTED);
  const [rating, setRating] = useState<number | null>(null);
  useAfterEachAnswer(state, (isLogged) => {
    if (!isLogged) return;
    setRating(null);
    onLogged?.();
  });
  // A refused post shows what was typed again; a logged one starts a blank form for the next viewing.
  const shown = !state.ok && state.values ? state.values : { watchedOn: today, rewatch: false, body: "" };
  const errors = state.errors;
  return (
    <section
      aria-labelledby="your-diary-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="your-diary-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {children}
      <form action={formAction} aria-label={t("logViewing")} className="space-y-4">
        <h3 className="font-semibold">{t("logViewing")}</h3>
        <input type="hidden" name="filmId" value={filmId} />
        <FormError errors={errors?.form} />
        <FormField
          id="diary-watched-on"
          name="watchedOn"
          label={t("dateWatched")}
          type="date"
          defaultValue={shown.watchedOn}
          hint={today ? undefined : t("emptyForToday")}
          errors={errors?.watchedOn}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="rewatch" defaultChecked={shown.rewatch} />
          {t("rewatch")}
        </label>
        <div>
          <StarRatingInput
            legend={t("viewingRating")}
            value={rating}
            onChange={setRating}
            isRequired={false}
            errorId={errors?.rating ? "diary-rating-errors" : undefined}
          />
          <FieldErrors id="diary-rating-errors" errors={errors?.rating} />
        </div>
        <TextAreaField
          id="diary-body"
          name="body"
          label={t("review")}
          rows={4}
          maxLength={REVIEW_MAX_LENGTH}
          defaultValue={shown.body}
          hint={t("reviewHint")}
          errors={errors?.body}
        />
        <div className="flex items-center gap-4">
          <SubmitButton isPending={isPending}>{isPending ? t("logging") : t("logButton")}</SubmitButton>
          {state.ok && !isPending ? <p role="status">{t("logged")}</p> : null}
        </div>
      </form>
    </section>
  );
}

function OwnViewings({ viewings, onDeleted }: { viewings: OwnDiaryAnswer["viewings"]; onDeleted: () => void }) {
  const t = useTranslations("YourDiary");
  const format = formattersFor(useLocale(), useTranslations("Format"));
  if (viewings.length === 0) return <p>{t("noViewings")}</p>;
  return (
    <ul aria-label={t("viewings")} className="divide-y divide-stone-200 dark:divide-stone-800">
      {viewings.map((viewing) => (
        <li key={viewing.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <time dateTime={viewing.watchedOn}>{format.date(viewing.watchedOn)}</time>
          {viewing.rewatch ? <span className="text-sm">{t("rewatchMark")}</span> : null}
          {viewing.rating !== null ? <Stars rating={viewing.rating} /> : null}
          <DeleteViewingForm
            entryId={viewing.id}
            label={t("deleteViewing", { date: format.date(viewing.watchedOn) })}
            onDeleted={onDeleted}
          />
        </li>
      ))}
    </ul>
  );
}
