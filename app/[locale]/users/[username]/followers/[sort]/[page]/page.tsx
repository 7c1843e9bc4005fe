// /users/{username}/followers/latest/{page}: a page past the first, cached on its own; ../../page.tsx renders it.
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../page";

export async function generateStaticParams() {
  return [{ username: IMPOSSIBLE_SLUG, sort: "latest", page: "1" }];
}
