import { updateTags } from "./update-tags";
import { cacheTags } from "@/lib/cache-tags";

/**
 * Every cached page that shows a film's title, year, genres or countries, after an admin changed them; and, when the
 * film is deleted, the profiles of those who reviewed it.
 */
export async function refreshFilmPages(filmId: number, slugs: string[], personIds: number[], reviewerIds: number[] = []) {
  await updateTags([
    cacheTags.film(filmId),
    cacheTags.relatedFilms(filmId),
    ...slugs.map(cacheTags.filmSlug),
    ...personIds.map(cacheTags.person),
    ...reviewerIds.map(cacheTags.user),
    cacheTags.home,
    cacheTags.charts,
  ]);
}
