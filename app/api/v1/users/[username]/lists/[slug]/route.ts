import { loadPublicFilmList } from "@/app/_data/film-lists";
import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { toFilmList } from "@/lib/api/member-resources";
import { filmListSchema } from "@/lib/api/member-schemas";
import { memberListPathParams } from "@/lib/api/params";
import { apiJson, problemResponse } from "@/lib/api/responses";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ username: string; slug: string }>(async (_request, params) => {
  // A private list is not found, exactly as its page is for everyone (its owner edits it elsewhere).
  const loaded = memberListPathParams.safeParse(params).success
    ? await loadPublicFilmList(params.username, params.slug)
    : undefined;
  if (!loaded) return problemResponse("not-found", `${params.username} has no public list “${params.slug}”.`);
  return apiJson(filmListSchema, toFilmList(siteUrl(), loaded.user, loaded.list));
});
