// What a page of one of a member's lists (their ratings, their watchlist) shows, for the page and its metadata alike.
import { loadUserPage } from "@/app/_data/reviews";
import { pageCount } from "@/lib/list-params";

/**
 * The member and the page of their list that the path names: `view` is the order and page its segments name, `load`
 * the list's cached reader. Undefined when the path names no member, no order the list has, or a page past its end.
 */
export async function loadMemberListView<Sort extends string, Listed extends { total: number }>(
  username: string,
  view: { sort: Sort; page: number } | undefined,
  load: (userId: number, sort: Sort, page: number) => Promise<Listed>,
  pageSize: number,
) {
  if (!view) return undefined;
  const profile = await loadUserPage(username);
  if (!profile) return undefined;
  const listed = await load(profile.user.id, view.sort, view.page);
  const pages = pageCount(listed.total, pageSize);
  if (view.page > pages) return undefined;
  const { user } = profile;
  return { ...view, ...listed, user, name: user.displayName ?? user.username, pages };
}
