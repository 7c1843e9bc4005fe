// The signed-in member's own review of a film, for the film page's review box: the one member-specific read of an
// otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { findOwnReview } from "@/db/queries/reviews";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type OwnReviewAnswer = {
  review: { id: number; rating: number; body: string | null; hasSpoilers: boolean } | null;
  /** Set when a moderator hid the review: why, or an empty string when they gave no reason. */
  hiddenBecause: string | null;
  /** Set when the member saved it after the hide: it waits for a moderator to approve it or keep it hidden. */
  isAwaitingModerator: boolean;
};

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string }> }) {
  const filmId = parseId((await params).filmId);
  if (!filmId) return Response.json({ error: "No such film." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const review = await findOwnReview(user.id, filmId);
  const answer: OwnReviewAnswer = {
    review: review
      ? { id: review.id, rating: review.rating, body: review.body, hasSpoilers: review.hasSpoilers }
      : null,
    hiddenBecause: review?.status === "hidden" ? (review.moderationReason ?? "") : null,
    isAwaitingModerator: review?.isAwaitingModerator ?? false,
  };
  return Response.json(answer, { headers: PRIVATE });
}
