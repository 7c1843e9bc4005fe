// Finds the film or person a source row is about, in memory: by an external id first, else by a match key
// (normalised title and year, normalised name). Loaded once per run and kept current as rows are written, so
// matching costs no query and repeats within one run are found like rows from earlier runs.
import { externalSource } from "../schema";
import { imdbIdKey } from "./imdb-ids";

export type ExternalSource = (typeof externalSource.enumValues)[number];

export interface ExternalId {
  source: ExternalSource;
  id: string;
}

/** A film or a person; `id` is 0 until the row is inserted, and filled in before anything links to it. */
export interface CatalogueRef {
  id: number;
  slug: string;
}

export interface Resolution {
  ref: CatalogueRef;
  /** Not found: `ref` was just made by `create`. */
  isCreated: boolean;
  /** Already resolved by an earlier row of this run: this row repeats it. */
  isRepeat: boolean;
  /** External ids the catalogue does not hold yet, to be written. */
  newExternalIds: ExternalId[];
  /** External ids that the catalogue holds for another entity: left alone, and worth reporting. */
  conflictingExternalIds: ExternalId[];
}

/** Within one source, an id as a Map key: IMDb's millions by their number, other sources' ids as they are. */
const idKey = ({ source, id }: ExternalId) => (source === "imdb" ? imdbIdKey(id) : id);
const sourceBit = (source: ExternalSource) => 1 << externalSource.enumValues.indexOf(source);

export class EntityIndex {
  /** `hasMatchKeys: false` for entities found by id only (people), which need not remember their sources. */
  constructor(private readonly hasMatchKeys = true) {}

  // A Map per source rather than one keyed by "source:id", a string made for every entity and every lookup.
  private readonly byExternalId = new Map<ExternalSource, Map<number | string, CatalogueRef>>();
  private readonly byMatchKey = new Map<string, CatalogueRef[]>();
  // The sources each entity has an id from, one bit per source (a Set per entity costs ~200 bytes; millions of
  // people at IMDb's scale): a row with an IMDb id never matches, by title, a film that has another IMDb id, since
  // two IMDb ids mean two films (remakes of one title in one year).
  private readonly sourcesOf = new Map<CatalogueRef, number>();
  private readonly resolvedInRun = new Set<CatalogueRef>();

  /** Registers an entity under its match keys; its external ids go through `addExternalId`. */
  add(ref: CatalogueRef, matchKeys: string[]) {
    matchKeys.forEach((key, index) => {
      // A title and an original title with one key must not list the film twice.
      if (matchKeys.indexOf(key) !== index) return;
      const refs = this.byMatchKey.get(key);
      if (refs) refs.push(ref);
      else this.byMatchKey.set(key, [ref]);
    });
  }

  addExternalId(ref: CatalogueRef, externalId: ExternalId) {
    let refs = this.byExternalId.get(externalId.source);
    if (!refs) {
      refs = new Map();
      this.byExternalId.set(externalId.source, refs);
    }
    refs.set(idKey(externalId), ref);
    if (this.hasMatchKeys) this.sourcesOf.set(ref, (this.sourcesOf.get(ref) ?? 0) | sourceBit(externalId.source));
  }

  /** Finds the entity a row is about, or registers a new one made by `create`. */
  resolve(externalIds: ExternalId[], matchKeys: string[], create: () => CatalogueRef): Resolution {
    let ref = this.find(externalIds, matchKeys);
    const isCreated = !ref;
    if (!ref) {
      ref = create();
      this.add(ref, matchKeys);
    }
    const isRepeat = this.resolvedInRun.has(ref);
    this.resolvedInRun.add(ref);
    return { ref, isCreated, isRepeat, ...this.attach(ref, externalIds) };
  }

  /** The entity holding this external id, if any. */
  findByExternalId(externalId: ExternalId) {
    return this.byExternalId.get(externalId.source)?.get(idKey(externalId));
  }

  private find(externalIds: ExternalId[], matchKeys: string[]) {
    for (const externalId of externalIds) {
      const ref = this.findByExternalId(externalId);
      if (ref) return ref;
    }
    if (!this.hasMatchKeys) return undefined;
    const theseSources = externalIds.reduce((bits, externalId) => bits | sourceBit(externalId.source), 0);
    const hasNoIdFromTheseSources = (ref: CatalogueRef) => ((this.sourcesOf.get(ref) ?? 0) & theseSources) === 0;
    for (const key of matchKeys) {
      const candidate = this.byMatchKey.get(key)?.find(hasNoIdFromTheseSources);
      if (candidate) return candidate;
    }
    return undefined;
  }

  private attach(ref: CatalogueRef, externalIds: ExternalId[]) {
    const newExternalIds: ExternalId[] = [];
    const conflictingExternalIds: ExternalId[] = [];
    for (const externalId of externalIds) {
      const holder = this.findByExternalId(externalId);
      if (holder === ref) continue;
      if (holder) {
        conflictingExternalIds.push(externalId);
        continue;
      }
      this.addExternalId(ref, externalId);
      newExternalIds.push(externalId);
    }
    return { newExternalIds, conflictingExternalIds };
  }
}
