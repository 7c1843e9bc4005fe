// Writes the ids a film or person has in other databases, so the next run finds the same row again.
import type { Executor } from "../client";
import { externalIds } from "../schema";
import { sql } from "drizzle-orm";
import { bulkInsert } from "./bulk-insert";
import type { CatalogueRef, ExternalId, Resolution } from "./entity-index";
import type { ImportSummary } from "./summary";

type ExternalIdOwner = "film" | "person";

/**
 * Stores the new external ids of resolved films or people (which have their database ids by now); returns a
 * row per id written, with its film for films.
 */
export async function insertExternalIds(
  tx: Executor,
  owner: ExternalIdOwner,
  items: { ref: CatalogueRef; ids: ExternalId[] }[],
) {
  const rows = items.flatMap(({ ref, ids }) =>
    ids.map((externalId) => ({
      source: externalId.source,
      externalId: externalId.id,
      filmId: owner === "film" ? ref.id : null,
      personId: owner === "person" ? ref.id : null,
    })),
  );
  return bulkInsert<typeof externalIds, { filmId: number | null }>(tx, externalIds, rows, {
    onConflict: sql`on conflict do nothing`,
    returning: { filmId: externalIds.filmId },
  });
}

/** An id the source gives to two entities (say, one IMDb id on two MovieLens films) is kept on the first. */
export function reportExternalIdConflicts(
  summary: ImportSummary,
  owner: ExternalIdOwner,
  origin: string,
  resolution: Resolution,
) {
  for (const externalId of resolution.conflictingExternalIds) {
    summary.skip(
      "external ids",
      `already the id of another ${owner}`,
      `${origin}: ${externalId.source} ${externalId.id}`,
    );
  }
}
