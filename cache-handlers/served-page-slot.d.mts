import type { PageFreshness } from "./page-freshness.mjs";

export interface ServedPageRecord {
  freshness?: PageFreshness;
}

export declare function followServedPage<T>(record: ServedPageRecord, handle: () => T): T;
export declare function noteServedPage(freshness: PageFreshness): void;
