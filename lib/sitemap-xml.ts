// Sitemap XML (sitemaps.org protocol): an index of chunks, each a urlset of at most 50,000 URLs.
import { escapeXml } from "./xml";

export const SITEMAP_CHUNK_SIZE = 50_000;

export interface SitemapEntry {
  url: string;
  lastModified: Date;
}

function entryXml(tag: "url" | "sitemap", entry: SitemapEntry) {
  return `<${tag}><loc>${escapeXml(entry.url)}</loc><lastmod>${entry.lastModified.toISOString()}</lastmod></${tag}>`;
}

export function sitemapIndexXml(sitemaps: SitemapEntry[]) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((sitemap) => entryXml("sitemap", sitemap)),
    "</sitemapindex>",
  ].join("\n");
}

export function urlsetXml(urls: SitemapEntry[]) {
  if (urls.length > SITEMAP_CHUNK_SIZE) throw new RangeError(`A sitemap holds at most ${SITEMAP_CHUNK_SIZE} URLs`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => entryXml("url", url)),
    "</urlset>",
  ].join("\n");
}
