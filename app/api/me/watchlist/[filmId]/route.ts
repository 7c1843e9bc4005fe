// Whether the signed-in member has a film on their watchlist, for the film page's button: like /api/me/reviews, the
// member's own part of an otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { isOnWatchlist } from "@/db/queries/watchlist";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type OwnWatchlistAnswer = { isOnWatchlist: boolean };

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string }> }) {
  const filmId = parseId((await params).filmId);
  if (!filmId) return Response.json({ error: "No such film." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: OwnWatchlistAnswer = { isOnWatchlist: await isOnWatchlist(user.id, filmId) };
  return Response.json(answer, { headers: PRIVATE });
}
