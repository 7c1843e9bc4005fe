"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ReviewForm } from "@/app/_components/review-form";
import { useOwnReview } from "./own-review";

/**
 * The member's rating and review of the film. The page around it is the same cached HTML for everyone, with the
 * blank form for browsers without JavaScript (noscript); with it, a visitor sees a sign-in link and a member their
 * own review, fetched once the page runs, so nobody types into a form about to be replaced.
 */
export function YourReview({ film }: { film: { id: number; slug: string; title: string } }) {
  const t = useTranslations("YourReview");
  const { username, answer: own, refresh } = useOwnReview();
  if (username === undefined) {
    return (
      <noscript>
        <ReviewForm filmId={film.id} />
      </noscript>
    );
  }
  if (username === null) {
    return (
      <p>
        {t.rich("signIn", {
          title: film.title,
          link: (chunks) => (
            <Link href={`/sign-in?returnTo=${encodeURIComponent(`/films/${film.slug}`)}`}>{chunks}</Link>
          ),
        })}
      </p>
    );
  }
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
      <ReviewForm filmId={film.id} review={own.review ?? undefined} onSaved={refresh} />
    </>
  );
}
