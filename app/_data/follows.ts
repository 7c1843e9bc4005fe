// Cached readers of who follows whom, under the members' follows tags: a follow refreshes these, not the profile's
// reviews and ratings.
import { cacheLife, cacheTag } from "next/cache";
import { countFollows, listFollowMembers } from "@/db/queries/follows";
import { cacheTags } from "@/lib/cache-tags";
import type { FollowDirection } from "@/lib/follow-paths";

export const FOLLOW_LIST_PAGE_SIZE = 30;

export async function loadFollowCounts(userId: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.follows(userId));
  return countFollows(userId);
}

/** A page of a member's followers, or of the members they follow. */
export async function loadFollowList(userId: number, direction: FollowDirection, page: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.follows(userId));
  return listFollowMembers(userId, direction, { page, pageSize: FOLLOW_LIST_PAGE_SIZE });
}
