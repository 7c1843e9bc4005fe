// Finds or creates the people a batch credits, by their id in the source only: never by name across sources, since
// two people may share a name (db/import/namesakes.ts links those that share a film credit afterwards).
import type { Executor } from "../client";
import { people } from "../schema";
import { bulkInsert } from "./bulk-insert";
import type { CatalogueRef, ExternalId, ExternalSource } from "./entity-index";
import { insertExternalIds, reportExternalIdConflicts } from "./external-ids";
import type { ImportContext, PersonRecord } from "./records";
import { matchKeyForName } from "./text";
import { personSlug } from "@/lib/slugs";

/**
 * A source that gives people no ids (Wikipedia's cast lists, Netflix's) knows them by name: within that source one
 * name is one person, so the name, normalised, is the person's id there ("name:bong joon ho"). Kept in external_ids,
 * it finds the same person on the next run and never matches a namesake from another source.
 */
export function idsOf(person: PersonRecord, source: ExternalSource): ExternalId[] {
  if (person.externalIds.length > 0) return person.externalIds;
  return [{ source, id: `name:${matchKeyForName(person.name)}` }];
}

/** The catalogue rows of these people, in order, created where missing. `origin` says where each was named. */
export async function resolvePeople(
  tx: Executor,
  context: ImportContext,
  mentions: { person: PersonRecord; origin: string }[],
): Promise<CatalogueRef[]> {
  const { catalogue, summary, source } = context;
  const resolutions = mentions.map(({ person: record }) =>
    catalogue.people.resolve(idsOf(record, source), [], () => ({
      id: 0,
      slug: catalogue.personSlugs.allocate(personSlug(record.name)),
    })),
  );

  const created = resolutions.flatMap((resolution, index) =>
    resolution.isCreated
      ? [
          {
            slug: resolution.ref.slug,
            name: mentions[index]!.person.name,
            originalName: mentions[index]!.person.originalName,
          },
        ]
      : [],
  );
  const inserted = await bulkInsert<typeof people, { id: number; slug: string }>(tx, people, created, {
    returning: { id: people.id, slug: people.slug },
  });
  const idBySlug = new Map(inserted.map((row) => [row.slug, row.id]));
  for (const { ref, isCreated } of resolutions) if (isCreated) ref.id = idBySlug.get(ref.slug)!;

  const externalIdsWritten = await insertExternalIds(
    tx,
    "person",
    resolutions.map((resolution) => ({ ref: resolution.ref, ids: resolution.newExternalIds })),
  );
  summary.countAdded("person ids", externalIdsWritten.length);
  resolutions.forEach((resolution, index) => {
    reportExternalIdConflicts(summary, "person", mentions[index]!.origin, resolution);
    if (resolution.isCreated) summary.count("people", "imported");
    else if (!resolution.isRepeat) summary.count("people", "matched");
  });
  return resolutions.map((resolution) => resolution.ref);
}
