// Marks a member's notifications read once their page showed them: the header's count drops, and an unfollow no
// longer takes back a notice that was seen (notifications.ts).
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getPrimaryDb } from "../client";
import { notifications } from "../schema";

/** Marks these notifications of the member read now; another member's ids are ignored. */
export async function markNotificationsRead(userId: number, ids: number[]) {
  if (ids.length === 0) return;
  await getPrimaryDb()
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)));
}
