// /films/{slug}/lists/{page}: the public lists that hold a film past their first page, a cached page of its own.
// ../page.tsx renders it, given this segment as a param.
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../page";

export async function generateStaticParams() {
  return [{ slug: IMPOSSIBLE_SLUG, page: "2" }];
}
