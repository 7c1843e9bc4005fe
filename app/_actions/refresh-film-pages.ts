import { updateTags } from "./update-tags";
import { cacheTags } from "@/lib/cache-tags";

/** Every cached page that shows a film's title, year, genres or countries, after an admin changed them. */
export async function refreshFilmPages(filmId: number, slugs: string[], personIds: number[]) {
  await updateTags([cacheTags.film(filmId), cacheTags.relatedFilms(filmId), ...slugs.map(cacheTags.filmSlug), ...personIds.map(cacheTags.person), cacheTags.home, cacheTags.charts]);
}
