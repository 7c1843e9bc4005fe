/** A page as the page cache keeps it: Next's cache value, when its render began (this server's clock), its lifetime. */
export interface SharedEntry {
  lastModified: number;
  value: object;
  cacheControl?: object;
}

export interface SharedPages {
  get(key: string): Promise<SharedEntry | null>;
  set(key: string, entry: SharedEntry): Promise<void>;
}

export declare function sharedPages(): SharedPages | undefined;
export declare function provideSharedPages(tier: SharedPages | undefined): void;
