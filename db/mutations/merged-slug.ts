// The address of a film or person merged into another: it leads to the one kept, and a revert can give it back.
import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "../client";
import { readSavedRows } from "../queries/saved-rows";
import { slugRedirects } from "../schema";

/**
 * Makes the duplicate's slug lead to the kept film or person. A redirect another one held on it (hidden by the
 * duplicate's page) gives way, and is kept for a revert.
 */
export async function redirectMergedSlug(tx: Executor, slug: string, kept: { filmId: number } | { personId: number }) {
  const onSlug = and(
    eq(slugRedirects.oldSlug, slug),
    isNotNull("filmId" in kept ? slugRedirects.filmId : slugRedirects.personId),
  );
  const replaced = await readSavedRows(tx, slugRedirects, onSlug);
  await tx.delete(slugRedirects).where(onSlug);
  const [added] = await tx
    .insert(slugRedirects)
    .values({ oldSlug: slug, ...kept })
    .returning({ id: slugRedirects.id });
  return { replaced, addedId: added!.id };
}
