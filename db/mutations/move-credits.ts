// The one way credits change hands when two films or two people turn out to be one: an admin's merge of films or of
// people, and an import folding a namesake into the person it is (db/import/namesakes.ts).
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";

/**
 * Gives each kept film or person the credits of its duplicate, in a few statements whatever their number. `links` is
 * a query of (duplicate_id, kept_id) pairs, no id on both sides and each kept one once. Where both are credited the
 * same (a person in one role on the same film: the unique key), the kept credit stays, taking the duplicate's
 * character if it had none, and the duplicate's is deleted. Credits moved to a kept film follow its own in its credits
 * order. Returns the kept credits that took a character and the duplicate's that were dropped, for a revert.
 */
export async function moveCredits(tx: Executor, { of, links }: { of: "film" | "person"; links: SQL }) {
  const owner = sql.identifier(of === "film" ? "film_id" : "person_id");
  const other = sql.identifier(of === "film" ? "person_id" : "film_id");
  const pairs = sql`
    link.duplicate_id = moved.${owner} and link.kept_id = kept.${owner}
    and kept.${other} = moved.${other} and kept.role = moved.role`;
  const characters = await tx.execute<{ id: number; character: string }>(sql`
    with link as (${links})
    update credits kept set character = moved.character
    from credits moved, link
    where ${pairs} and kept.character is null and moved.character is not null
    returning kept.id, kept.character`);
  const dropped = await tx.execute<{ id: number }>(sql`
    with link as (${links})
    delete from credits moved using credits kept, link
    where ${pairs}
    returning moved.id`);
  // A person's credit keeps its place in the film's credits; a film's follow the kept film's own.
  const position =
    of === "film"
      ? sql`moved.position + (select coalesce(max(kept.position) + 1, 0) from credits kept where kept.film_id = link.kept_id)`
      : sql`moved.position`;
  await tx.execute(sql`
    with link as (${links})
    update credits moved set ${owner} = link.kept_id, position = ${position}
    from link
    where moved.${owner} = link.duplicate_id`);
  return { characters: [...characters], dropped: dropped.map((row) => row.id) };
}

/** One duplicate and the film or person it is folded into, as the `links` of moveCredits. */
export const oneLink = (duplicateId: number, keptId: number) =>
  sql`select ${duplicateId}::integer as duplicate_id, ${keptId}::integer as kept_id`;
