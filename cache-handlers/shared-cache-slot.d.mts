/** What the cache keeps in Redis: rendered pages (page-cache.mjs) and `'use cache'` entries (shared-entries.ts). */
export type SharedKind = "page" | "entry";

/** A record as another app server stored it, with when it was made read on this server's clock. */
export interface SharedRecord<Record = object> {
  madeAt: number;
  record: Record;
}

export interface SharedCache {
  get<Record = object>(kind: SharedKind, key: string): Promise<SharedRecord<Record> | null>;
  /** Stores `record`, made at `madeAt` on this server's clock, for at most `lifetimeSeconds`. */
  set(kind: SharedKind, key: string, madeAt: number, record: object, lifetimeSeconds?: number): Promise<void>;
}

export declare function sharedCache(): SharedCache | undefined;
export declare function provideSharedCache(cache: SharedCache | undefined): void;
