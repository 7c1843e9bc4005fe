// A person as admins edit it, which is also what the audit log keeps of each change and what a revert restores.
import { eq, sql } from "drizzle-orm";
import type { OtherName, PersonFields } from "@/lib/validation/people";
import type { Executor } from "../client";
import { people } from "../schema";
import { readOtherNames } from "./people";

/** What the audit log keeps of a person, and what a revert restores. */
export type PersonSnapshot = PersonFields & { slug: string; photo: string | null; otherNames: OtherName[] };

/** The person as an admin edits it, with its version: updated_at to the microsecond, as text. */
export async function readPersonSnapshot(tx: Executor, personId: number, { lock = false } = {}) {
  const query = tx
    .select({
      slug: people.slug,
      name: people.name,
      originalName: people.originalName,
      birthDate: people.birthDate,
      birthPlace: people.birthPlace,
      deathDate: people.deathDate,
      deathPlace: people.deathPlace,
      bio: people.bio,
      photo: people.photo,
      version: sql<string>`${people.updatedAt}::text`,
    })
    .from(people)
    .where(eq(people.id, personId))
    .$dynamic();
  // Locked while a write compares versions or counts credits, so two writes cannot both pass the check.
  const [person] = lock ? await query.for("update") : await query;
  if (!person) return undefined;
  const { version, ...fields } = person;
  const snapshot: PersonSnapshot = { ...fields, otherNames: await readOtherNames(tx, personId) };
  return { snapshot, version };
}
