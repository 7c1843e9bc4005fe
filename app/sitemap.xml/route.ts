import { loadSitemapIndexXml } from "@/app/_data/sitemap";
import { xmlResponse } from "@/app/_data/xml-response";

/** A sitemap index: one chunk of at most 50,000 URLs per kind of page and id range. */
export async function GET() {
  return xmlResponse(await loadSitemapIndexXml());
}
