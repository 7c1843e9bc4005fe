// The metadata every page needs for search engines and link previews, built one way.
import type { Metadata } from "next";

export interface PageMetadataInput {
  title: string;
  description: string;
  /** The canonical path, e.g. /films/escape-2024. */
  path: string;
  /** An Atom feed of the page's reviews. */
  feedPath?: string;
  openGraphType?: "website" | "video.movie" | "profile" | "article";
  /** The home page's title stands alone, without the " · Marquee" suffix. */
  isTitleAbsolute?: boolean;
  /** Pages with a generated OpenGraph image get the large Twitter card. */
  hasLargeImage?: boolean;
  /** Sign-in, search and admin pages stay out of search engines. */
  isNoIndex?: boolean;
}

export function pageMetadata({
  title,
  description,
  path,
  feedPath,
  openGraphType = "website",
  isTitleAbsolute = false,
  hasLargeImage = false,
  isNoIndex = false,
}: PageMetadataInput): Metadata {
  return {
    ...(isNoIndex ? { robots: { index: false, follow: true } } : {}),
    title: isTitleAbsolute ? { absolute: title } : title,
    description,
    alternates: { canonical: path, ...(feedPath ? { types: { "application/atom+xml": feedPath } } : {}) },
    openGraph: { title, description, url: path, siteName: "Marquee", type: openGraphType },
    twitter: { card: hasLargeImage ? "summary_large_image" : "summary", title, description },
  };
}
