import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteReviewForm, OWN_REVIEW_DELETION } from "@/app/_components/delete-review-form";
import { DeletionConfirmation } from "@/app/_components/deletion-confirmation";
import { findSignedInUser } from "@/auth";
import { findReviewToDelete } from "@/db/queries/reviews";
import { pageMetadata } from "@/lib/page-metadata";
import { parseId } from "@/lib/route-params";

// Rendered whole per request (it "blocks"), so that a browser without JavaScript gets the question in the HTML and a
// review that is not the member's is a real 404.
export const instant = false;

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return pageMetadata({
    title: "Delete your review",
    description: "Confirm that you want to delete your review.",
    path: `/reviews/${(await params).id}/delete`,
    isNoIndex: true,
  });
}

/** The confirmation page of a review's deletion, where the dialog's link leads without JavaScript. */
export default async function DeleteReviewPage({ params }: { params: Params }) {
  const reviewId = parseId((await params).id);
  const user = await findSignedInUser();
  if (!user) {
    const here = `/reviews/${reviewId ?? ""}/delete`;
    return (
      <p>
        <Link href={`/sign-in?returnTo=${encodeURIComponent(here)}`}>Sign in</Link> to delete your review.
      </p>
    );
  }
  const review = reviewId ? await findReviewToDelete(reviewId, { authorId: user.id }) : undefined;
  if (!review) notFound();
  return (
    <DeletionConfirmation
      question={`Delete your review of ${review.film.title} (${review.film.year})?`}
      review={review}
      consequence={OWN_REVIEW_DELETION}
    >
      <DeleteReviewForm reviewId={review.id} />
      <Link href={`/films/${review.film.slug}`} className="py-2">
        Cancel: back to the film
      </Link>
    </DeletionConfirmation>
  );
}
