// The signed-in member's own viewings of a film, for the film page's diary box: like /api/me/watchlist, the member's
// own part of an otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { listOwnViewings } from "@/db/queries/diary";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type OwnDiaryAnswer = {
  viewings: { id: number; watchedOn: string; rewatch: boolean; rating: number | null }[];
};

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string }> }) {
  const filmId = parseId((await params).filmId);
  if (!filmId) return Response.json({ error: "No such film." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: OwnDiaryAnswer = { viewings: await listOwnViewings(user.id, filmId) };
  return Response.json(answer, { headers: PRIVATE });
}
