import { createDatabase } from "../client";
import { films } from "../schema";
import { seedDemoCatalogue } from "./index";

/** Seeds the demo catalogue into a database that has no films yet; tells whether it did. */
export async function seedIfEmpty(url: string) {
  const { db, sql } = createDatabase(url, { maxConnections: 1 });
  try {
    const [anyFilm] = await db.select({ id: films.id }).from(films).limit(1);
    if (anyFilm) return false;
    await seedDemoCatalogue(db);
    return true;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
