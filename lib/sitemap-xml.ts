// Sitemap XML (sitemaps.org protocol): an index of chunks, each a urlset of at most 50,000 URLs, each URL with the
// same page in every language (Google's xhtml:link alternates, as the pages' own hreflang links say).
import { DEFAULT_LOCALE, LOCALES, localisedPath } from "@/i18n/locales";
import { escapeXml } from "./xml";

export const SITEMAP_CHUNK_SIZE = 50_000;

export interface SitemapEntry {
  url: string;
  lastModified: Date;
}

function entryXml(tag: "url" | "sitemap", entry: SitemapEntry, extra = "") {
  return `<${tag}><loc>${escapeXml(entry.url)}</loc><lastmod>${entry.lastModified.toISOString()}</lastmod>${extra}</${tag}>`;
}

/** The page at an English URL in each language, and English again as the default. */
function languageAlternatesXml(url: string) {
  const { origin, pathname, search } = new URL(url);
  const link = (hreflang: string, path: string) =>
    `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(origin + path + search)}"/>`;
  return [
    ...LOCALES.map((locale) => link(locale, localisedPath(locale, pathname))),
    link("x-default", localisedPath(DEFAULT_LOCALE, pathname)),
  ].join("");
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
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.map((url) => entryXml("url", url, languageAlternatesXml(url.url))),
    "</urlset>",
  ].join("\n");
}
