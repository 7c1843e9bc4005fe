// People are imported by their id in each source (people.ts), so one person named by two sources starts as two. When
// a person new in this run and one already in the catalogue share a name and a film credit (same film, same role),
// two sources are describing one person: they become one. Namesakes with nothing else in common stay apart.
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { moveCredits } from "../mutations/move-credits";
import { people } from "../schema";
import type { ImportSummary } from "./summary";

/** The highest person id before the run: people above it are the run's own. */
export async function lastPersonId(db: Database) {
  const [row] = await db.select({ id: sql<number>`coalesce(max(${people.id}), 0)::int` }).from(people);
  return row?.id ?? 0;
}

/**
 * Folds each person created after `lastBefore` into the namesake it shares a film credit with: credits (the kept
 * one's where both have it), external ids and the slug, which redirects. Names are compared by slug, which folds
 * case, accents and punctuation ("Bong Joon-ho", "bong joon ho"), less the "-2" of a second namesake's slug.
 * Two people with ids from one source are two people, whatever they share.
 */
export async function linkNamesakesByCredit(db: Database, lastBefore: number, summary: ImportSummary) {
  const linked = await db.transaction(async (tx) => {
    await tx.execute(sql`
      create temporary table namesake_links on commit drop as
      select distinct on (kept_id) duplicate_id, kept_id from (
        select new.id as duplicate_id, min(old.id) as kept_id
        from people new
        join credits new_credit on new_credit.person_id = new.id
        join credits old_credit on old_credit.film_id = new_credit.film_id and old_credit.role = new_credit.role
        join people old on old.id = old_credit.person_id
        where new.id > ${lastBefore} and old.id <= ${lastBefore}
          and regexp_replace(old.slug, '-[0-9]+$', '') = regexp_replace(new.slug, '-[0-9]+$', '')
          and not exists (
            select 1 from external_ids new_id join external_ids old_id on old_id.source = new_id.source
            where new_id.person_id = new.id and old_id.person_id = old.id)
        group by new.id) pairs
      order by kept_id, duplicate_id`);
    await moveCredits(tx, { of: "person", links: sql`select duplicate_id, kept_id from namesake_links` });
    await tx.execute(sql`
      update external_ids set person_id = link.kept_id from namesake_links link where person_id = link.duplicate_id`);
    await tx.execute(sql`
      insert into slug_redirects (old_slug, person_id)
      select duplicate.slug, link.kept_id from namesake_links link join people duplicate on duplicate.id = link.duplicate_id
      on conflict do nothing`);
    const deleted = await tx.execute(sql`
      delete from people using namesake_links link where people.id = link.duplicate_id returning people.id`);
    return deleted.length;
  });
  if (linked > 0) {
    const count = linked.toLocaleString("en-US");
    summary.note(`${count} of the people imported were one with a namesake credited on the same film: merged`);
  }
}
