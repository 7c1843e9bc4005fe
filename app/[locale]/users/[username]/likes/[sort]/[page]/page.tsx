// /users/{username}/likes/date/{page}: a later page of the reviews a member liked, a cached page of its own.
// ../../page.tsx renders it, given these segments as params.
import { LIKED_REVIEW_SORTS } from "@/lib/browse-sorts";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../page";

export async function generateStaticParams() {
  return [{ username: IMPOSSIBLE_SLUG, sort: LIKED_REVIEW_SORTS[0], page: "1" }];
}
