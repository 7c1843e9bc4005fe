// Slugs in the catalogue's format, a number appended when one is taken, for many rows at once.
// The bases come from lib/slugs.ts (filmSlug, personSlug), shared with the admin forms.

/** Hands out unique slugs: "carmen-1915", then "carmen-1915-2", "carmen-1915-3". */
export class SlugAllocator {
  // The next suffix to try per base, so a base with thousands of namesakes is not probed from 2 every time.
  private readonly nextSuffix = new Map<string, number>();

  /** `taken` holds every slug in use, including old slugs that still redirect. */
  constructor(private readonly taken: Set<string>) {}

  allocate(base: string) {
    let slug = base;
    let suffix = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(slug)) slug = `${base}-${suffix++}`;
    // Only bases that were taken are remembered: at IMDb's scale most names are unique, and millions of entries
    // would cost more memory than the rare probe they save.
    if (slug !== base) this.nextSuffix.set(base, suffix);
    this.taken.add(slug);
    return slug;
  }
}
