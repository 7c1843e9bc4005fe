// Reads for the admin people pages: the list with credit counts, and a person's credits.
import { asc, eq, ilike, or, sql } from "drizzle-orm";
import { escapeLike } from "@/lib/validation/fields";
import { getDb } from "../client";
import { credits, films, people } from "../schema";

export const ADMIN_PEOPLE_PAGE_SIZE = 50;

/** People for the admin list by name, optionally those whose name (or original name) contains `query`; with the total. */
export async function listPeopleForAdmin({ query, page }: { query?: string; page: number }) {
  const pattern = query ? `%${escapeLike(query)}%` : undefined;
  const rows = await getDb()
    .select({
      id: people.id,
      slug: people.slug,
      name: people.name,
      birthDate: people.birthDate,
      deathDate: people.deathDate,
      // Written out: in a single-table select Drizzle leaves columns unqualified, and a bare "id" would mean credits.id.
      creditCount: sql<number>`(select count(*) from credits where credits.person_id = people.id)`.mapWith(Number),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(people)
    .where(pattern ? or(ilike(people.name, pattern), ilike(people.originalName, pattern)) : undefined)
    .orderBy(asc(people.name), asc(people.id))
    .limit(ADMIN_PEOPLE_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PEOPLE_PAGE_SIZE);
  return { people: rows, total: rows[0]?.total ?? 0 };
}

/** A person's credits as the admin edit page lists them, oldest film first. */
export async function listPersonCreditsForAdmin(personId: number) {
  return getDb()
    .select({
      id: credits.id,
      role: credits.role,
      character: credits.character,
      filmId: films.id,
      title: films.title,
      year: films.year,
    })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .where(eq(credits.personId, personId))
    .orderBy(asc(films.year), asc(films.title), asc(credits.role));
}
