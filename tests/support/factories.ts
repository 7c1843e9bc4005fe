// Rows the integration tests need as a starting point, made the one way: a test names what matters to it (a slug,
// a username, a rating) and takes the rest from here. Each row is new, with names unique to this test process.
import { getDb, type Executor } from "@/db/client";
import { films, people, reviews, users } from "@/db/schema";
import { filmSlug, personSlug } from "@/lib/slugs";

let made = 0;
const unique = (prefix: string) => `${prefix}_${process.pid}_${++made}`;

export async function createUser(fields: Partial<typeof users.$inferInsert> = {}, db: Executor = getDb()) {
  const username = fields.username ?? unique("user");
  const [user] = await db
    .insert(users)
    .values({ email: `${username}@example.com`, ...fields, username })
    .returning();
  return user!;
}

export async function createFilm(fields: Partial<typeof films.$inferInsert> = {}, db: Executor = getDb()) {
  const title = fields.title ?? unique("Film");
  const year = fields.year ?? 2020;
  const slug = fields.slug ?? filmSlug(title, year);
  const [film] = await db
    .insert(films)
    .values({ ...fields, title, year, slug })
    .returning();
  return film!;
}

export async function createPerson(fields: Partial<typeof people.$inferInsert> = {}, db: Executor = getDb()) {
  const name = fields.name ?? unique("Person");
  const slug = fields.slug ?? personSlug(name);
  const [person] = await db
    .insert(people)
    .values({ ...fields, name, slug })
    .returning();
  return person!;
}

/** A review written straight into the table, as an import or the seed would: the rating-stats trigger runs. */
export async function createReview(
  fields: Pick<typeof reviews.$inferInsert, "filmId" | "userId"> & Partial<typeof reviews.$inferInsert>,
  db: Executor = getDb(),
) {
  const [review] = await db
    .insert(reviews)
    .values({ rating: 7, ...fields })
    .returning();
  return review!;
}
