// /users/{username}/ratings/{sort}/{page}: a member's ratings in another order or past their first page, a cached page
// of its own. ../../page.tsx renders it, given these segments as params.
import { USER_RATING_SORTS } from "@/lib/browse-sorts";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../page";

export async function generateStaticParams() {
  return [{ username: IMPOSSIBLE_SLUG, sort: USER_RATING_SORTS[0], page: "1" }];
}
