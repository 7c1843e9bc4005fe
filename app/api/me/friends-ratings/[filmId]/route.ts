// The ratings of a film by the members the signed-in member follows, for the film page: like /api/me/watchlist, the
// member's own part of an otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { listFollowedRatings } from "@/db/queries/follows";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type FriendsRatingsAnswer = { ratings: Awaited<ReturnType<typeof listFollowedRatings>> };

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string }> }) {
  const filmId = parseId((await params).filmId);
  if (!filmId) return Response.json({ error: "No such film." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: FriendsRatingsAnswer = { ratings: await listFollowedRatings(user.id, filmId) };
  return Response.json(answer, { headers: PRIVATE });
}
