// Films and people by slug for the API, with the pages' rule for a slug that is gone: a renamed film or person
// answers a permanent redirect to the new address, anything else a 404 problem.
import { loadFilmPage, loadRenamedFilmSlug } from "@/app/_data/films";
import { loadPersonPage, loadRenamedPersonSlug } from "@/app/_data/people";
import { slugSchema } from "@/lib/api/params";
import { apiRedirect, problemResponse } from "@/lib/api/responses";

type Found<Value> = { found: Value; answer?: never } | { found?: never; answer: Response };

async function bySlug<Value>(
  slug: string,
  kind: "film" | "person",
  load: (slug: string) => Promise<Value | undefined>,
  loadRenamedSlug: (slug: string) => Promise<string | undefined>,
  /** The API path of the same request for another slug, query string included. */
  pathFor: (slug: string) => string,
): Promise<Found<Value>> {
  // A slug in any other format cannot exist: it never reaches the database (which refuses some characters outright).
  if (!slugSchema.safeParse(slug).success)
    return { answer: problemResponse("not-found", `There is no ${kind} at this address.`) };
  const found = await load(slug);
  if (found) return { found };
  const renamedSlug = await loadRenamedSlug(slug);
  if (renamedSlug) return { answer: apiRedirect(pathFor(renamedSlug)) };
  return { answer: problemResponse("not-found", `There is no ${kind} with the slug “${slug}”.`) };
}

export function findFilm(slug: string, pathFor: (slug: string) => string) {
  return bySlug(slug, "film", loadFilmPage, loadRenamedFilmSlug, pathFor);
}

export function findPerson(slug: string, pathFor: (slug: string) => string) {
  return bySlug(slug, "person", loadPersonPage, loadRenamedPersonSlug, pathFor);
}
