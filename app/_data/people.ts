// Cached reader for person pages (see films.ts for the pattern).
import { cacheLife, cacheTag } from "next/cache";
import { getPersonBySlug, listMostCreditedPersonSlugs } from "@/db/queries/people";
import { findRenamedPersonSlug } from "@/db/queries/redirects";
import { cacheTags, RATINGS_CACHE_LIFE } from "@/lib/cache-tags";

/** The person and their filmography, whose films show their ratings: on the ratings rhythm, like the charts. */
export async function loadPersonPage(slug: string) {
  "use cache";
  cacheLife(RATINGS_CACHE_LIFE);
  cacheTag(cacheTags.personSlug(slug));
  const person = await getPersonBySlug(slug);
  if (person) cacheTag(cacheTags.person(person.id));
  return person;
}

export async function loadPrerenderedPersonSlugs() {
  "use cache";
  cacheLife("hours");
  return listMostCreditedPersonSlugs();
}

export async function loadRenamedPersonSlug(oldSlug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(cacheTags.personSlug(oldSlug));
  return findRenamedPersonSlug(oldSlug);
}
