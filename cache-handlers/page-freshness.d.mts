export interface PageFreshness {
  tags: string[];
  lastModified: number | undefined;
  cacheControl: { revalidate?: number | false; expire?: number } | undefined;
}

export declare function tagsOf(value: unknown): string[];
export declare function freshnessOf(entry: {
  value: unknown;
  lastModified?: number;
  cacheControl?: PageFreshness["cacheControl"];
}): PageFreshness;
export declare function isRenderedAgain(freshness: PageFreshness): boolean;
