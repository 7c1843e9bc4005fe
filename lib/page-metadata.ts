// The metadata every page needs for search engines and link previews, built one way.
import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, localeSettings, localisedPath, type Locale } from "@/i18n/locales";

export interface PageMetadataInput {
  /** The language the page is in; the same page in every other language is named as its alternate. */
  locale: Locale;
  title: string;
  description: string;
  /** The canonical path in English, e.g. /films/escape-2024; other languages add their prefix. */
  path: string;
  /** An Atom feed of the page's reviews. */
  feedPath?: string;
  openGraphType?: "website" | "video.movie" | "profile" | "article";
  /** The home page's title stands alone, without the " · Marquee" suffix. */
  isTitleAbsolute?: boolean;
  /**
   * The page's share card (its opengraph-image route), described in the page's language. Given here rather than by
   * the route's own `alt` export, which is one text for every language; pages with a card get the large Twitter card.
   */
  shareCardAlt?: string;
  /** Sign-in, search and admin pages stay out of search engines. */
  isNoIndex?: boolean;
}

/** hreflang alternates: the page in each language, and English for visitors whose language Marquee lacks. */
function languageAlternates(path: string) {
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((locale) => [locale, localisedPath(locale, path)]),
  );
  return { ...languages, "x-default": localisedPath(DEFAULT_LOCALE, path) };
}

/** The size OpenGraph and Twitter's large card expect. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

function shareCardImages(locale: Locale, path: string, alt: string) {
  const url = localisedPath(locale, `${path === "/" ? "" : path}/opengraph-image`);
  return [{ url, alt, type: "image/png", ...SHARE_CARD_SIZE }];
}

export function pageMetadata({
  locale,
  title,
  description,
  path,
  feedPath,
  openGraphType = "website",
  isTitleAbsolute = false,
  shareCardAlt,
  isNoIndex = false,
}: PageMetadataInput): Metadata {
  return {
    ...(isNoIndex ? { robots: { index: false, follow: true } } : {}),
    title: isTitleAbsolute ? { absolute: title } : title,
    description,
    alternates: {
      canonical: localisedPath(locale, path),
      languages: languageAlternates(path),
      ...(feedPath ? { types: { "application/atom+xml": localisedPath(locale, feedPath) } } : {}),
    },
    openGraph: {
      title,
      description,
      url: localisedPath(locale, path),
      siteName: "Marquee",
      type: openGraphType,
      locale: localeSettings(locale).openGraph,
      ...(shareCardAlt ? { images: shareCardImages(locale, path, shareCardAlt) } : {}),
    },
    twitter: shareCardAlt
      ? { card: "summary_large_image", title, description, images: shareCardImages(locale, path, shareCardAlt) }
      : { card: "summary", title, description },
  };
}
