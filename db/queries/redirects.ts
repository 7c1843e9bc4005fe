// Old slugs of renamed films and people, so that old links keep working.
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { films, people, slugRedirects } from "../schema";

/** The current slug of the film that used to be at `oldSlug`, if any. */
export async function findRenamedFilmSlug(oldSlug: string) {
  const [row] = await getDb()
    .select({ slug: films.slug })
    .from(slugRedirects)
    .innerJoin(films, eq(films.id, slugRedirects.filmId))
    .where(eq(slugRedirects.oldSlug, oldSlug))
    .limit(1);
  return row?.slug;
}

/** The current slug of the person who used to be at `oldSlug`, if any. */
export async function findRenamedPersonSlug(oldSlug: string) {
  const [row] = await getDb()
    .select({ slug: people.slug })
    .from(slugRedirects)
    .innerJoin(people, eq(people.id, slugRedirects.personId))
    .where(eq(slugRedirects.oldSlug, oldSlug))
    .limit(1);
  return row?.slug;
}
