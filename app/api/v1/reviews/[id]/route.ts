import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { loadReviewPage } from "@/app/_data/reviews";
import { toReviewWithRevisions } from "@/lib/api/resources";
import { apiJson, problemResponse } from "@/lib/api/responses";
import { reviewWithRevisionsSchema } from "@/lib/api/schemas";
import { parseId } from "@/lib/route-params";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const id = parseId(params.id);
  // Hidden reviews are not found, exactly as on their permalink.
  const review = id ? await loadReviewPage(id) : undefined;
  if (!review) return problemResponse("not-found", "There is no review with this id.");
  return apiJson(reviewWithRevisionsSchema, toReviewWithRevisions(siteUrl(), review));
});
