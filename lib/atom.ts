// Atom 1.0 feeds (RFC 4287) of reviews.
import { escapeXml } from "./xml";

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  author: string;
  published: Date;
  updated: Date;
  /** Plain text; escaped here, never interpreted as HTML. */
  content: string;
}

export function atomFeedXml(feed: { id: string; title: string; url: string; selfUrl: string; entries: AtomEntry[] }) {
  const updated = feed.entries.reduce((latest, entry) => Math.max(latest, entry.updated.getTime()), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${escapeXml(feed.id)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `<updated>${new Date(updated).toISOString()}</updated>`,
    ...feed.entries.map((entry) =>
      [
        "<entry>",
        `<id>${escapeXml(entry.id)}</id>`,
        `<title>${escapeXml(entry.title)}</title>`,
        `<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
        `<author><name>${escapeXml(entry.author)}</name></author>`,
        `<published>${entry.published.toISOString()}</published>`,
        `<updated>${entry.updated.toISOString()}</updated>`,
        `<content type="text">${escapeXml(entry.content)}</content>`,
        "</entry>",
      ].join(""),
    ),
    "</feed>",
  ].join("\n");
}
