import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Stars } from "@/app/_components/stars";
import { listReportedReviews } from "@/db/queries/moderation";
import { REPORT_REASONS } from "@/lib/validation/review-limits";
import { AdminOnly } from "../_components/admin-only";
import { ModerationForm } from "./_components/moderation-form";

export const metadata: Metadata = { title: "Moderation" };

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
      <Suspense fallback={<p>Loading reports…</p>}>
        <AdminOnly>{() => <ReportQueue />}</AdminOnly>
      </Suspense>
    </div>
  );
}
