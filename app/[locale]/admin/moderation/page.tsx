import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { Stars } from "@/app/_components/stars";
import { listHeldReviews, listReportedReviews } from "@/db/queries/moderation";
import { REPORT_REASONS } from "@/lib/validation/review-limits";
import { AdminOnly } from "../_components/admin-only";
import { ModerationForm } from "./_components/moderation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminModerationPage"))("title") };
}

type ReportReason = keyof typeof REPORT_REASONS;

const isReportReason = (reason: string): reason is ReportReason => reason in REPORT_REASONS;

/** Reviews their authors saved after a moderator hid theirs of the film: hidden, and counted nowhere, until decided. */
async function HeldQueue() {
  const [held, t] = await Promise.all([listHeldReviews(), getTranslations("AdminModerationPage")]);
  if (held.length === 0) return <p>{t("noneHeld")}</p>;
  return (
    <ol aria-label={t("heldLabel")} className="space-y-4">
      {held.map((review) => (
        <li key={review.review_id} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
          <p className="flex flex-wrap gap-x-3">
            <span>
              {t.rich("heldBy", {
                author: review.author,
                film: review.film_title,
                year: review.film_year,
                link: (film) => <Link href={`/films/${review.film_slug}`}>{film}</Link>,
              })}
            </span>
            <Stars rating={review.rating} />
            <strong>{t(review.is_repost ? "reposted" : "edited")}</strong>
            <Link href={`/admin/audit?entity=review&id=${review.review_id}`}>{t("history")}</Link>
          </p>
          <p className="mt-2 text-sm">{t("hiddenBecause", { reason: review.reason || t("noReason") })}</p>
          {review.body ? <p className="mt-2 whitespace-pre-line">{review.body}</p> : <p>{t("ratingOnly")}</p>}
          <ModerationForm reviewId={review.review_id} isHidden held={{ reason: review.reason }} />
        </li>
      ))}
    </ol>
  );
}

async function ReportQueue() {
  const [reported, t, reasonName] = await Promise.all([
    listReportedReviews(),
    getTranslations("AdminModerationPage"),
    getTranslations("ReportForm"),
  ]);
  if (reported.length === 0) return <p>{t("noneReported")}</p>;
  const reasonOf = (reason: string) => (isReportReason(reason) ? reasonName(`reasons.${reason}`) : reason);
  return (
    <ol aria-label={t("reportedLabel")} className="space-y-4">
      {reported.map((review) => (
        <li key={review.review_id} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
          <p className="flex flex-wrap gap-x-3">
            <Link href={`/reviews/${review.review_id}`}>
              {t("reportedReview", { author: review.author, film: review.film_title, year: review.film_year })}
            </Link>
            <Stars rating={review.rating} />
            {review.status === "hidden" ? <strong>{t("hidden")}</strong> : null}
            <span>{t("reports", { count: review.reports, reasons: review.reasons.map(reasonOf).join(", ") })}</span>
          </p>
          {review.body ? <p className="mt-2 whitespace-pre-line">{review.body}</p> : null}
          {review.details.length > 0 ? (
            <ul className="mt-2 list-disc pl-6 text-sm">
              {review.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          <ModerationForm reviewId={review.review_id} isHidden={review.status === "hidden"} />
        </li>
      ))}
    </ol>
  );
}

export default function ModerationPage() {
  const t = useTranslations("AdminModerationPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <h2 className="text-xl font-semibold">{t("held")}</h2>
      <Suspense fallback={<p>{t("loadingHeld")}</p>}>
        <AdminOnly>{() => <HeldQueue />}</AdminOnly>
      </Suspense>
      <h2 className="text-xl font-semibold">{t("reported")}</h2>
      <Suspense fallback={<p>{t("loadingReported")}</p>}>
        <AdminOnly>{() => <ReportQueue />}</AdminOnly>
      </Suspense>
    </div>
  );
}
