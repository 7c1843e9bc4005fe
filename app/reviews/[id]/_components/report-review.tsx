import Link from "next/link";
import { connection } from "next/server";
import { findSignedInUser } from "@/auth";
import { ReportForm } from "./report-form";

/** Per request (inside Suspense): members may report others' reviews; visitors are invited to sign in. */
export async function ReportReview({ review }: { review: { id: number; author: { id: number } } }) {
  await connection();
  const user = await findSignedInUser();
  if (!user) {
    return (
      <p className="text-sm">
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/reviews/${review.id}`)}`}>Sign in</Link> to report this review.
      </p>
    );
  }
  if (user.id === review.author.id) return null;
  return <ReportForm reviewId={review.id} />;
}
