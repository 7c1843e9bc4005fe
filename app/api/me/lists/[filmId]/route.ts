// The signed-in member's lists, each saying whether it holds the film, for the film page's "add to a list" form: like
// /api/me/watchlist, the member's own part of an otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { listOwnListsForFilm } from "@/db/queries/film-lists";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type OwnListsAnswer = { lists: { id: number; title: string; hasFilm: boolean }[] };

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string }> }) {
  const filmId = parseId((await params).filmId);
  if (!filmId) return Response.json({ error: "No such film." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: OwnListsAnswer = { lists: await listOwnListsForFilm(user.id, filmId) };
  return Response.json(answer, { headers: PRIVATE });
}
