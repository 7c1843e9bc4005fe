// People who share a name are told apart as IMDb does, by a number in order of arrival: "John Smith (II)".
import { lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import { people } from "../schema";

/** This person's number among the people of the same name (case aside), or undefined when the name is theirs alone. */
export async function namesakeNumber(person: { id: number; name: string }) {
  const [row] = await getDb()
    .select({
      number: sql<number>`count(*) filter (where ${lte(people.id, person.id)})::int`,
      namesakes: sql<number>`count(*)::int`,
    })
    .from(people)
    .where(sql`lower(${people.name}) = lower(${person.name})`);
  return row && row.namesakes > 1 ? row.number : undefined;
}
