// Which films are on the signed-in member's watchlist, for the marks on film cards: the member's own part of pages
// that are the same cached HTML for everyone, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { listWatchlistFilmIds } from "@/db/queries/watchlist";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type OwnWatchlistFilmsAnswer = { filmIds: number[] };

export async function GET() {
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: OwnWatchlistFilmsAnswer = { filmIds: await listWatchlistFilmIds(user.id) };
  return Response.json(answer, { headers: PRIVATE });
}
