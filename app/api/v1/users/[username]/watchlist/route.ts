import { loadWatchlist, WATCHLIST_PAGE_SIZE } from "@/app/_data/reviews";
import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { findMember } from "@/app/api/v1/_lib/members";
import { toMemberRef, toWatchlistEntry, watchlistApiUrl } from "@/lib/api/member-resources";
import { watchlistSchema } from "@/lib/api/member-schemas";
import { pageEnvelope } from "@/lib/api/pagination";
import { parseQuery, watchlistQuery } from "@/lib/api/params";
import { apiJson, invalidParameters, problemResponse } from "@/lib/api/responses";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ username: string }>(async (request, { username }) => {
  const query = parseQuery(watchlistQuery, request.nextUrl.searchParams);
  if (!query.success) return invalidParameters(query.errors);
  const { found, answer } = await findMember(username);
  if (answer) return answer;
  const { user } = found;
  // A private watchlist is no page for anyone, so nothing here either: not found rather than forbidden, as there.
  if (!user.watchlistIsPublic) return problemResponse("not-found", `${user.username}’s watchlist is not public.`);

  const { sort, page } = query.data;
  const origin = siteUrl();
  const { entries, total } = await loadWatchlist(user.id, sort, page);
  return apiJson(watchlistSchema, {
    ...pageEnvelope(
      entries.map((entry) => toWatchlistEntry(origin, entry)),
      { page, pageSize: WATCHLIST_PAGE_SIZE, total },
      (target) => watchlistApiUrl(origin, user.username, sort, target),
    ),
    member: toMemberRef(origin, user),
    sort,
  });
});
