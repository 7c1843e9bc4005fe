// The interface's languages. Adding one is a message file in messages/ and a line here (README, "Languages").
const LOCALE_SETTINGS = {
  // name: the language in itself, as the switcher shows it; intl: how dates and numbers are written (lib/format.ts);
  // openGraph: og:locale, a language with its usual country; titleCountries: where a title released without a language
  // (as IMDb's title.akas mostly give them, by region alone) is in this language (lib/film-languages.ts).
  en: { name: "English", intl: "en-GB", openGraph: "en_US", titleCountries: [] },
  cs: { name: "Čeština", intl: "cs-CZ", openGraph: "cs_CZ", titleCountries: ["CZ"] },
  ko: { name: "한국어", intl: "ko-KR", openGraph: "ko_KR", titleCountries: ["KR"] },
} as const;

export type Locale = keyof typeof LOCALE_SETTINGS;
export const LOCALES = Object.keys(LOCALE_SETTINGS) as Locale[];

/** English lives at the site's root, so that every address shared before languages existed still works. */
export const DEFAULT_LOCALE: Locale = "en";

export function localeSettings(locale: Locale) {
  return LOCALE_SETTINGS[locale];
}

/** The cookie that remembers a visitor's choice of language; read only on the home page (proxy.ts). */
export const LOCALE_COOKIE = "marquee-locale";

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * A language named by a path segment or a query, else English: for route handlers and images, which have no page
 * language to read (i18n/request.ts).
 */
export function localeOrDefault(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** A site path ("/films/x", "/?a=1") as it is addressed in a language: English at the root, others under their prefix. */
export function localisedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  const isHome = path === "/" || path.startsWith("/?") || path.startsWith("/#");
  return isHome ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The language a path on the site is in: its prefix, or English at the root. */
export function localeOfPath(path: string): Locale {
  const prefix = /^\/([a-z]{2})(?=[/?#]|$)/.exec(path)?.[1];
  return isLocale(prefix) ? prefix : DEFAULT_LOCALE;
}

/** A path in the given language, unless it already names one (a page a visitor came from, say). */
export function inLanguage(locale: Locale, path: string): string {
  const named = localeOfPath(path);
  return named !== DEFAULT_LOCALE ? path : localisedPath(locale, path);
}
