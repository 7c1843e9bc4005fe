// /users/{username}/watchlist/{sort}/{page}: a member's watchlist in another order or past its first page, a cached
// page of its own. ../../page.tsx renders it, given these segments as params.
import { WATCHLIST_SORTS } from "@/lib/browse-sorts";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../page";

export async function generateStaticParams() {
  return [{ username: IMPOSSIBLE_SLUG, sort: WATCHLIST_SORTS[0], page: "1" }];
}
