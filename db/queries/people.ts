// Reads for person pages.
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { findImageDetails } from "./stored-images";
import { credits, filmRatingStats, films, people } from "../schema";

export async function getPersonBySlug(slug: string) {
  const [person] = await getDb().select().from(people).where(eq(people.slug, slug)).limit(1);
  if (!person) return undefined;
  const filmographyRows = getDb()
    .select({
      role: credits.role,
      character: credits.character,
      film: { slug: films.slug, title: films.title, year: films.year },
      ratingCount: sql<number>`coalesce(${filmRatingStats.ratingCount}, 0)`.mapWith(Number),
      ratingSum: sql<number>`coalesce(${filmRatingStats.ratingSum}, 0)`.mapWith(Number),
    })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .where(eq(credits.personId, person.id))
    .orderBy(asc(credits.role), desc(films.year), asc(films.title));
  const [filmography, photoDetails] = await Promise.all([filmographyRows, findImageDetails(person.photo)]);
  return { ...person, photoDetails, filmography };
}

export type PersonPageData = NonNullable<Awaited<ReturnType<typeof getPersonBySlug>>>;

export async function listMostCreditedPersonSlugs({ limit = 50 }: { limit?: number } = {}) {
  const rows = await getDb()
    .select({ slug: people.slug })
    .from(people)
    .innerJoin(credits, eq(credits.personId, people.id))
    .groupBy(people.id)
    .orderBy(desc(sql`count(*)`), asc(people.id))
    .limit(limit);
  return rows.map((row) => row.slug);
}
