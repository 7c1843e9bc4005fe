// Whether the signed-in member likes a review, for its page's button: the member's own part of an otherwise cached
// page, so never cached anywhere (as /api/me/watchlist).
import { findSignedInUser } from "@/auth";
import { findOwnLike } from "@/db/queries/review-likes";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type OwnLikeAnswer = { isLiked: boolean; isOwn: boolean };

export async function GET(_request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  const reviewId = parseId((await params).reviewId);
  if (!reviewId) return Response.json({ error: "No such review." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: OwnLikeAnswer = await findOwnLike(user.id, reviewId);
  return Response.json(answer, { headers: PRIVATE });
}
