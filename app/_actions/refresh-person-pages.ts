import { updateTags } from "./update-tags";
import type { PersonPages } from "@/db/mutations/people";
import { cacheTags } from "@/lib/cache-tags";

/** Every cached page that shows a person after an admin changed them: theirs, by id and slug, and their films'. */
export async function refreshPersonPages({ personIds, slugs, filmIds }: PersonPages) {
  await updateTags([...personIds.map(cacheTags.person), ...slugs.map(cacheTags.personSlug), ...filmIds.map(cacheTags.film)]);
}
