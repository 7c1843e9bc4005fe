// How many notifications the signed-in member has not seen, for the header's badge: the member's own part of every
// otherwise static page, so it is never cached anywhere.
import { findSignedInUser } from "@/auth";
import { countUnreadNotifications } from "@/db/queries/notifications";

const PRIVATE = { "Cache-Control": "private, no-store" };

export type UnreadNotificationsAnswer = { unreadCount: number };

export async function GET() {
  const user = await findSignedInUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: PRIVATE });
  const answer: UnreadNotificationsAnswer = { unreadCount: await countUnreadNotifications(user.id) };
  return Response.json(answer, { headers: PRIVATE });
}
