"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { messagesOf, NOT_POSTED } from "@/app/_actions/action-state";
import { useAfterEachAnswer } from "@/app/_actions/use-after-each-answer";
import { SubmitButton } from "@/app/_components/form-field";
import { StarRatingInput, useRatingChoice } from "@/app/_components/star-rating-input";
import { useDescribeRating } from "@/app/_components/stars";
import { rateFilmAction } from "../actions";
import { useOwnReview } from "./own-review";

// A choice made with the arrow keys passes through every rating on the way: it is saved once the keys rest.
const KEYBOARD_SETTLE_MS = 1_000;

/** The member's rating, saved at once when chosen; for a browser without JavaScript, a small form with a button. */
export function RatingTools({ filmId }: { filmId: number }) {
  const { username, answer, refresh } = useOwnReview();
  if (username === undefined) return <RatingForm filmId={filmId} hasScript={false} />;
  return <RatingForm filmId={filmId} saved={answer?.review?.rating ?? null} isLoading={!answer} onSaved={refresh} />;
}

interface RatingFormProps {
  filmId: number;
  /** The rating on record, null when there is none. */
  saved?: number | null;
  hasScript?: boolean;
  isLoading?: boolean;
  onSaved?: () => void;
}

function RatingForm({ filmId, saved = null, hasScript = true, isLoading = false, onSaved }: RatingFormProps) {
  const t = useTranslations("YourRating");
  const describeRating = useDescribeRating();
  const rating = useRatingChoice(saved);
  // The server action itself, not a function around it: without JavaScript the form posts to it directly.
  const [state, formAction, isPending] = useActionState(rateFilmAction, NOT_POSTED);
  useAfterEachAnswer(state, (isSaved) => (isSaved ? onSaved?.() : rating.forget()));
  const form = useRef<HTMLFormElement>(null);
  const pendingSave = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isKeyboardChoice = useRef(false);

  const choose = (chosen: number) => {
    rating.choose(chosen);
    clearTimeout(pendingSave.current);
    const delay = isKeyboardChoice.current ? KEYBOARD_SETTLE_MS : 0;
    pendingSave.current = setTimeout(() => form.current?.requestSubmit(), delay);
  };

  return (
    <form
      ref={form}
      action={formAction}
      className="mt-3 flex flex-col items-center gap-1"
      onKeyDown={() => (isKeyboardChoice.current = true)}
      onPointerDown={() => (isKeyboardChoice.current = false)}
    >
      <input type="hidden" name="filmId" value={filmId} />
      <StarRatingInput
        legend={t("legend")}
        className="text-center [&>legend]:mx-auto [&>legend]:text-sm"
        {...(hasScript ? { value: rating.shown, onChange: choose } : {})}
        disabled={isLoading}
      />
      {hasScript ? (
        <p role="status" className="min-h-5 text-sm text-stone-300">
          {isPending
            ? t("saving")
            : state.ok && saved !== null && rating.shown === saved
              ? t("saved", { rating: describeRating(saved) })
              : null}
          {state.errors ? messagesOf(state.errors).join(" ") : null}
        </p>
      ) : (
        <SubmitButton isPending={isPending}>{t("save")}</SubmitButton>
      )}
    </form>
  );
}
