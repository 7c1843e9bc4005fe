import { updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";

/** Every cached page that shows a film's title, year, genres or countries, after an admin changed them. */
export function refreshFilmPages(filmId: number, slugs: string[], personIds: number[]) {
  for (const tag of [cacheTags.film(filmId), ...slugs.map(cacheTags.filmSlug), ...personIds.map(cacheTags.person), cacheTags.home, cacheTags.charts]) {
    updateTag(tag);
  }
}
