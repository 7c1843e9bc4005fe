// /people/{slug}/filmography/{sort}/{role}: the filmography in another order or of one role (or EVERY_ROLE), a cached
// page of its own. ../../../page.tsx renders it, given these segments as params.
import { EVERY_ROLE, FILMOGRAPHY_SORTS } from "@/lib/filmography";
import { IMPOSSIBLE_SLUG } from "@/lib/static-params";

export { default, generateMetadata } from "../../../page";

export async function generateStaticParams() {
  return [{ slug: IMPOSSIBLE_SLUG, sort: FILMOGRAPHY_SORTS[0], role: EVERY_ROLE }];
}
