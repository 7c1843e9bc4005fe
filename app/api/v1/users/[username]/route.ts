import { loadFollowCounts } from "@/app/_data/follows";
import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { findMember } from "@/app/api/v1/_lib/members";
import { toMember } from "@/lib/api/member-resources";
import { memberSchema } from "@/lib/api/member-schemas";
import { apiJson } from "@/lib/api/responses";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ username: string }>(async (_request, { username }) => {
  const { found, answer } = await findMember(username);
  if (answer) return answer;
  const followCounts = await loadFollowCounts(found.user.id);
  return apiJson(memberSchema, toMember(siteUrl(), { ...found, followCounts }));
});
