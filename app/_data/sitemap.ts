// Cached sitemap contents: search engines fetch them often; new pages are listed within SITEMAP_CACHE_LIFE.
import { cacheLife } from "next/cache";
import { SITEMAP_CACHE_LIFE } from "@/lib/cache-tags";
import { listSitemapChunks, listSitemapEntries, type SitemapKind } from "@/db/queries/sitemap";
import { siteUrl } from "@/lib/site";
import { sitemapIndexXml, urlsetXml } from "@/lib/sitemap-xml";

export async function loadSitemapIndexXml() {
  "use cache";
  cacheLife(SITEMAP_CACHE_LIFE);
  const origin = siteUrl();
  const chunks = await listSitemapChunks();
  return sitemapIndexXml(
    chunks.map(({ kind, chunk, lastModified }) => ({
      url: new URL(`/sitemaps/${kind}-${chunk}.xml`, origin).toString(),
      lastModified,
    })),
  );
}

export async function loadSitemapChunkXml(kind: SitemapKind, chunk: number) {
  "use cache";
  cacheLife(SITEMAP_CACHE_LIFE);
  const origin = siteUrl();
  const entries = await listSitemapEntries(kind, chunk);
  return urlsetXml(entries.map(({ path, lastModified }) => ({ url: new URL(path, origin).toString(), lastModified })));
}
