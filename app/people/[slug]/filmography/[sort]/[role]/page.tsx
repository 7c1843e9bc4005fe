// /people/{slug}/filmography/{sort}/{role}: the filmography in another order or of one role ("all": every role), a
// cached page of its own. ../../../page.tsx renders it, given these segments as params.
import { FILMOGRAPHY_SORTS } from "@/lib/filmography";
import { staticSlugParams } from "@/lib/static-params";

export { default, generateMetadata } from "../../../page";

export async function generateStaticParams() {
  return staticSlugParams([]).map((params) => ({ ...params, sort: FILMOGRAPHY_SORTS[0], role: "all" }));
}
