// Whether the signed-in member follows a member, for the profile's button: like /api/me/watchlist, the member's own
// part of an otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { isFollowing } from "@/db/queries/follows";
import { parseId } from "@/lib/route-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** `isSelf`: the profile is the member's own, which has no button. */
export type OwnFollowAnswer = { isFollowing: boolean; isSelf: boolean };

export async function GET(_request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const userId = parseId((await params).userId);
  if (!userId) return Response.json({ error: "No such member." }, { status: 404, headers: PRIVATE });
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const isSelf = user.id === userId;
  const answer: OwnFollowAnswer = { isSelf, isFollowing: !isSelf && (await isFollowing(user.id, userId)) };
  return Response.json(answer, { headers: PRIVATE });
}
