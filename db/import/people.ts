// Finds or creates the people a batch credits: by external id, else by normalised name (so namesakes without
// ids merge, as the sources give nothing to tell them apart).
import type { Executor } from "../client";
import { people } from "../schema";
import { bulkInsert } from "./bulk-insert";
import { personMatchKeys } from "./catalogue";
import type { CatalogueRef } from "./entity-index";
import { insertExternalIds, reportExternalIdConflicts } from "./external-ids";
import type { ImportContext, PersonRecord } from "./records";
import { personSlug } from "@/lib/slugs";

/** The catalogue rows of these people, in order, created where missing. `origin` says where each was named. */
export async function resolvePeople(
  tx: Executor,
  context: ImportContext,
  mentions: { person: PersonRecord; origin: string }[],
): Promise<CatalogueRef[]> {
  const { catalogue, summary } = context;
  const resolutions = mentions.map(({ person: record }) =>
    catalogue.people.resolve(record.externalIds, personMatchKeys(record), () => ({
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
