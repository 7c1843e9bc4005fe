import { loadPublicListsOfUser } from "@/app/_data/film-lists";
import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { memberNotFound } from "@/app/api/v1/_lib/members";
import { toFilmListSummary, toMemberRef } from "@/lib/api/member-resources";
import { memberListsSchema } from "@/lib/api/member-schemas";
import { usernameSchema } from "@/lib/api/params";
import { apiJson } from "@/lib/api/responses";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ username: string }>(async (_request, { username }) => {
  const loaded = usernameSchema.safeParse(username).success ? await loadPublicListsOfUser(username) : undefined;
  if (!loaded) return memberNotFound(username);
  const { user, lists } = loaded;
  const origin = siteUrl();
  return apiJson(memberListsSchema, {
    member: toMemberRef(origin, user),
    items: lists.map((list) => toFilmListSummary(origin, user.username, list)),
  });
});
