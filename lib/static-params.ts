// Cache Components validates a dynamic route at build time with at least one param; an empty catalogue has none,
// so a slug that can never exist (it fails the slug format) stands in and prerenders as a 404. Routes whose pages
// all render on their first visit (a list's other orders and pages) give it for their slug, year or country code.
export const IMPOSSIBLE_SLUG = "-";

export function staticSlugParams(slugs: string[]) {
  return (slugs.length > 0 ? slugs : [IMPOSSIBLE_SLUG]).map((slug) => ({ slug }));
}
