import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { Stars } from "@/app/_components/stars";
import { listHeldReviews, listReportedReviews } from "@/db/queries/moderation";
import { REPORT_REASONS } from "@/lib/validation/review-limits";
import { AdminOnly } from "../_components/admin-only";
import { ModerationForm } from "./_components/moderation-form";

export const metadata: Metadata = { title: "Moderation" };

/** Reviews their authors saved after a moderator hid theirs of the film: hidden, and counted nowhere, until decided. */
async function HeldQueue() {
  const held = await listHeldReviews();
  if (held.length === 0) return <p>No reviews wait for a moderator.</p>;
  return (
    <ol aria-label="Held reviews" className="space-y-4">
      {held.map((review) => (
        <li key={review.review_id} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
          <p className="flex flex-wrap gap-x-3">
            <span>
              @{review.author} on{" "}
              <Link href={`/films/${review.film_slug}`}>
                {review.film_title} ({review.film_year})
              </Link>
            </span>
            <Stars rating={review.rating} />
            <strong>{review.is_repost ? "re-posted after a hide" : "edited after a hide"}</strong>
            <Link href={`/admin/audit?entity=review&id=${review.review_id}`}>History</Link>
          </p>
          <p className="mt-2 text-sm">Hidden because: {review.reason || "no reason given"}</p>
          {review.body ? <p className="mt-2 whitespace-pre-line">{review.body}</p> : <p>A rating without a review.</p>}
          <ModerationForm reviewId={review.review_id} isHidden held={{ reason: review.reason }} />
        </li>
      ))}
    </ol>
  );
}

async function ReportQueue() {
  const reported = await listReportedReviews();
  if (reported.length === 0) return <p>No open reports.</p>;
  return (
    <ol aria-label="Reported reviews" className="space-y-4">
      {reported.map((review) => (
        <li key={review.review_id} className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
          <p className="flex flex-wrap gap-x-3">
            <Link href={`/reviews/${review.review_id}`}>
              @{review.author} on {review.film_title} ({review.film_year})
            </Link>
            <Stars rating={review.rating} />
            {review.status === "hidden" ? <strong>hidden</strong> : null}
            <span>
              {review.reports} {review.reports === 1 ? "report" : "reports"}:{" "}
              {review.reasons
                .map((reason) => REPORT_REASONS[reason as keyof typeof REPORT_REASONS] ?? reason)
                .join(", ")}
            </span>
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
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Moderation</h1>
      <h2 className="text-xl font-semibold">Waiting for a moderator</h2>
      <Suspense fallback={<p>Loading held reviews…</p>}>
        <AdminOnly>{() => <HeldQueue />}</AdminOnly>
      </Suspense>
      <h2 className="text-xl font-semibold">Reported</h2>
      <Suspense fallback={<p>Loading reports…</p>}>
        <AdminOnly>{() => <ReportQueue />}</AdminOnly>
      </Suspense>
    </div>
  );
}
