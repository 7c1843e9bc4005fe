import { loadSitemapChunkXml } from "@/app/_data/sitemap";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { SITEMAP_KINDS, type SitemapKind } from "@/db/queries/sitemap";

const CHUNK_NAME = new RegExp(`^(${SITEMAP_KINDS.join("|")})-(\\d{1,6})\\.xml$`);

export async function generateStaticParams() {
  return SITEMAP_KINDS.map((kind) => ({ chunk: `${kind}-0.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const match = CHUNK_NAME.exec((await params).chunk);
  if (!match) return notFoundResponse();
  return xmlResponse(await loadSitemapChunkXml(match[1] as SitemapKind, Number(match[2])));
}
