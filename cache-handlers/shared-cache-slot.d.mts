/** What the cache keeps in Redis: rendered pages (page-cache.mjs) and `'use cache'` entries (shared-entries.ts). */
export type SharedKind = "page" | "entry";

/** A record as another app server stored it, with when it was made read on this server's clock. */
export interface SharedRecord<Record = object> {
  madeAt: number;
  record: Record;
}

export interface SharedCache {
  /** Whether records go to and come from Redis now: it is connected, and its clock has been read. */
  isSharing(): boolean;
  get<Record = object>(kind: SharedKind, key: string): Promise<SharedRecord<Record> | null>;
  /** Stores `record`, made at `madeAt` on this server's clock, for at most `lifetimeSeconds`. */
  set(kind: SharedKind, key: string, madeAt: number, record: object, lifetimeSeconds?: number): Promise<void>;
  /**
   * Counts one hit on `key` in a window of `windowMs` that the first hit opens, for every app server at once; null
   * when Redis cannot count now, and the caller counts alone.
   */
  countHit(key: string, windowMs: number): Promise<{ count: number; windowEndsInMs: number } | null>;
}

export declare function sharedCache(): SharedCache | undefined;
export declare function provideSharedCache(cache: SharedCache | undefined): void;
