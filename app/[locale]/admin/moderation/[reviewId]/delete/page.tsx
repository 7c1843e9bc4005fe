import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { DeletionConfirmation } from "@/app/_components/deletion-confirmation";
import { findReviewToDelete } from "@/db/queries/reviews";
import { parseId } from "@/lib/route-params";
import { findSignedInAdmin } from "@/auth";
import { MODERATED_DELETION, ModerationDeleteForm } from "../../_components/moderation-delete-form";

export const metadata: Metadata = { title: "Delete a review" };

// Rendered whole per request (it "blocks"): a browser without JavaScript gets the question in the HTML.
export const instant = false;

type Params = Promise<{ reviewId: string }>;

/** Where the moderation queue's "Delete…" leads without JavaScript: the same question as its dialog. */
export default async function ConfirmModerationDeletePage({ params }: { params: Params }) {
  const reviewId = parseId((await params).reviewId);
  if (!(await findSignedInAdmin())) notFound();
  const review = reviewId ? await findReviewToDelete(reviewId) : undefined;
  if (!review) notFound();
  return (
    <DeletionConfirmation
      question={`Delete @${review.author}’s review of ${review.film.title} (${review.film.year})?`}
      review={review}
      consequence={MODERATED_DELETION}
    >
      <ModerationDeleteForm reviewId={review.id} />
      <Link href="/admin/moderation" className="py-2">
        Cancel: back to the queue
      </Link>
    </DeletionConfirmation>
  );
}
