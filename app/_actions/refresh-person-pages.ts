import { updateTag } from "next/cache";
import type { PersonPages } from "@/db/mutations/people";
import { cacheTags } from "@/lib/cache-tags";

/** Every cached page that shows a person after an admin changed them: theirs, by id and slug, and their films'. */
export function refreshPersonPages({ personIds, slugs, filmIds }: PersonPages) {
  for (const tag of [...personIds.map(cacheTags.person), ...new Set(slugs.map(cacheTags.personSlug)), ...filmIds.map(cacheTags.film)]) {
    updateTag(tag);
  }
}
