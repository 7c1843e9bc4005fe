import Link from "next/link";
import { connection } from "next/server";
import { ReviewForm } from "@/app/_components/review-form";
import { findSignedInUser } from "@/auth";
import { ReportForm } from "./report-form";

interface ReviewOnItsPage {
  id: number;
  filmId: number;
  rating: number;
  body: string | null;
  hasSpoilers: boolean;
  author: { id: number };
}

/**
 * Per request (inside Suspense): the author edits or deletes their review here; other members may report it;
 * visitors are invited to sign in.
 */
export async function MemberTools({ review }: { review: ReviewOnItsPage }) {
  await connection();
  const user = await findSignedInUser();
  if (!user) {
    return (
      <p className="text-sm">
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/reviews/${review.id}`)}`}>Sign in</Link> to report this review.
      </p>
    );
  }
  if (user.id === review.author.id) return <ReviewForm filmId={review.filmId} review={review} />;
  return <ReportForm reviewId={review.id} />;
}
