// /genres/{slug}/list/{sort}/{page}: the list in another order or past its first page, a cached page of its own.
// ../../../page.tsx renders it, given these segments as params.
import { BROWSE_SORTS } from "@/lib/browse-sorts";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../../page";

export async function generateStaticParams() {
  return [{ slug: IMPOSSIBLE_SLUG, sort: BROWSE_SORTS[0], page: "1" }];
}
