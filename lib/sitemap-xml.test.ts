import { describe, expect, it } from "vitest";
import { SITEMAP_CHUNK_SIZE, sitemapIndexXml, urlsetXml } from "./sitemap-xml";

const lastModified = new Date("2026-01-02T03:04:05Z");

describe("sitemap XML", () => {
  it("lists chunks in a sitemap index with their lastmod", () => {
    expect(sitemapIndexXml([{ url: "https://m.example/sitemaps/films-0.xml", lastModified }])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<sitemap><loc>https://m.example/sitemaps/films-0.xml</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></sitemap>",
        "</sitemapindex>",
      ].join("\n"),
    );
  });

  it("escapes URLs so that the XML stays well formed", () => {
    expect(urlsetXml([{ url: "https://m.example/a?b=1&c='2'", lastModified }])).toContain(
      "<loc>https://m.example/a?b=1&#38;c=&#39;2&#39;</loc>",
    );
  });

  it("names each page in every language, English being the default", () => {
    const xml = urlsetXml([{ url: "https://m.example/films/escape-2024", lastModified }]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      "<loc>https://m.example/films/escape-2024</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod>" +
        '<xhtml:link rel="alternate" hreflang="en" href="https://m.example/films/escape-2024"/>' +
        '<xhtml:link rel="alternate" hreflang="cs" href="https://m.example/cs/films/escape-2024"/>' +
        '<xhtml:link rel="alternate" hreflang="ko" href="https://m.example/ko/films/escape-2024"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://m.example/films/escape-2024"/></url>',
    );
  });

  it("refuses more URLs than one sitemap may hold", () => {
    const urls = Array.from({ length: SITEMAP_CHUNK_SIZE + 1 }, () => ({ url: "https://m.example/", lastModified }));
    expect(() => urlsetXml(urls)).toThrow(RangeError);
  });
});
