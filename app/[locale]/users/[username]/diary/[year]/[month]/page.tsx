// /users/{username}/diary/{yyyy}/{mm}: one month of a member's diary, a cached page of its own. ../../page.tsx renders
// it, given these segments as params.
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../page";

export async function generateStaticParams() {
  return [{ username: IMPOSSIBLE_SLUG, year: "2000", month: "01" }];
}
