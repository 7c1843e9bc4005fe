// /films/{slug}/reviews/{sort}/{page}: a film's reviews in another order or past their first page, a cached page of
// its own. ../../page.tsx renders it, given these segments as params.
import { FILM_REVIEW_SORTS } from "@/lib/browse-sorts";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../page";

export async function generateStaticParams() {
  return [{ slug: IMPOSSIBLE_SLUG, sort: FILM_REVIEW_SORTS[0], page: "1" }];
}
