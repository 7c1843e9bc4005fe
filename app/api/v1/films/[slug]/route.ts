import { loadRelatedFilms } from "@/app/_data/films";
import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { findFilm } from "@/app/api/v1/_lib/renamed";
import { API_PREFIX, toFilm } from "@/lib/api/resources";
import { apiJson } from "@/lib/api/responses";
import { filmSchema } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/site";

export const GET = apiRoute<{ slug: string }>(async (_request, { slug }) => {
  const { found, answer } = await findFilm(slug, (renamed) => `${API_PREFIX}/films/${renamed}`);
  if (answer) return answer;
  return apiJson(
    filmSchema,
    toFilm(siteUrl(), { film: found.film, relatedFilms: await loadRelatedFilms(found.film.id) }),
  );
});
