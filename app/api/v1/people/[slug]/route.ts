import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { findPerson } from "@/app/api/v1/_lib/renamed";
import { API_PREFIX, toPerson } from "@/lib/api/resources";
import { apiJson } from "@/lib/api/responses";
import { personSchema } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ slug: string }>(async (_request, { slug }) => {
  const { found, answer } = await findPerson(slug, (renamed) => `${API_PREFIX}/people/${renamed}`);
  if (answer) return answer;
  return apiJson(personSchema, toPerson(siteUrl(), found));
});
