"use client";

import { useTranslations } from "next-intl";
import { ReviewForm } from "@/app/_components/review-form";
import { useOwnReview } from "./own-review";

/**
 * The member's own review in its form, once fetched, with a note when a moderator hid it; for a browser without
 * JavaScript, the blank form.
 */
export function ReviewTools({ filmId }: { filmId: number }) {
  const t = useTranslations("YourReview");
  const { username, answer: own, refresh } = useOwnReview();
  if (username === undefined) return <ReviewForm filmId={filmId} />;
  if (!own) return <p aria-busy="true">{t("loading")}</p>;
  return (
    <>
      {own.hiddenBecause !== null ? (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950"
        >
          {own.hiddenBecause ? t("hiddenBecause", { reason: own.hiddenBecause }) : t("hidden")}{" "}
          {own.isAwaitingModerator ? t("awaitingModerator") : t("notShown")}
        </p>
      ) : null}
      <ReviewForm filmId={filmId} review={own.review ?? undefined} onSaved={refresh} />
    </>
  );
}
