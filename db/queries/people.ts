// Reads for person pages.
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "../client";
import { namesakeNumber } from "./namesakes";
import { findImageDetails } from "./stored-images";
import { credits, filmRatingStats, films, people, personNames } from "../schema";

/** A person's other names ("also known as"), in the order an admin gave them. */
export function readOtherNames(executor: Executor, personId: number) {
  return executor
    .select({ name: personNames.name, kind: personNames.kind })
    .from(personNames)
    .where(eq(personNames.personId, personId))
    .orderBy(asc(personNames.position), asc(personNames.id));
}

export async function getPersonBySlug(slug: string) {
  const [person] = await getDb().select().from(people).where(eq(people.slug, slug)).limit(1);
  if (!person) return undefined;
  const filmographyRows = getDb()
    .select({
      role: credits.role,
      character: credits.character,
      film: { id: films.id, slug: films.slug, title: films.title, year: films.year },
      ratingCount: sql<number>`coalesce(${filmRatingStats.ratingCount}, 0)`.mapWith(Number),
      ratingSum: sql<number>`coalesce(${filmRatingStats.ratingSum}, 0)`.mapWith(Number),
    })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .leftJoin(filmRatingStats, eq(filmRatingStats.filmId, films.id))
    .where(eq(credits.personId, person.id))
    .orderBy(asc(credits.role), desc(films.year), asc(films.title));
  const [filmography, photoDetails, otherNames, namesake] = await Promise.all([
    filmographyRows,
    findImageDetails(person.photo),
    readOtherNames(getDb(), person.id),
    namesakeNumber(person),
  ]);
  return { ...person, otherNames, photoDetails, filmography, namesakeNumber: namesake };
}

export type PersonPageData = NonNullable<Awaited<ReturnType<typeof getPersonBySlug>>>;

/** How many people's pages are prerendered at build time: those with the most credits. */
export const PRERENDERED_PEOPLE = 50;

export async function listMostCreditedPersonSlugs({ limit = PRERENDERED_PEOPLE }: { limit?: number } = {}) {
  const rows = await getDb()
    .select({ slug: people.slug })
    .from(people)
    .innerJoin(credits, eq(credits.personId, people.id))
    .groupBy(people.id)
    .orderBy(desc(sql`count(*)`), asc(people.id))
    .limit(limit);
  return rows.map((row) => row.slug);
}
