import Link from "next/link";
import { connection } from "next/server";
import { findSignedInUser } from "@/auth";
import { findOwnReview } from "@/db/queries/reviews";
import { ReviewForm } from "@/app/_components/review-form";

/**
 * The signed-in user's rating and review of the film. Rendered per request inside Suspense, so the rest of the
 * film page stays cached and identical for everyone.
 */
export async function YourReview({ film }: { film: { id: number; slug: string; title: string } }) {
  await connection();
  const user = await findSignedInUser();
  if (!user) {
    return (
      <p>
        <Link href={`/sign-in?returnTo=${encodeURIComponent(`/films/${film.slug}`)}`}>Sign in</Link> to rate and review{" "}
        {film.title}.
      </p>
    );
  }
  const review = await findOwnReview(user.id, film.id);
  return (
    <>
      {review?.status === "hidden" ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          A moderator hid your review{review.moderationReason ? `: ${review.moderationReason}` : ""}. It is not shown
          on Marquee and does not count in the rating.
        </p>
      ) : null}
      <ReviewForm
        filmId={film.id}
        review={review ? { id: review.id, rating: review.rating, body: review.body, hasSpoilers: review.hasSpoilers } : undefined}
      />
    </>
  );
}
