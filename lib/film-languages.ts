// A film as a visitor reading one language knows it: the title released in their language as the main one, and the
// plots written in it first. English is the catalogue's own language: a film's title is its English title.
import { DEFAULT_LOCALE, localeSettings, type Locale } from "@/i18n/locales";

export interface FilmTitle {
  title: string;
  kind: "original" | "alternate" | "working";
  /** A BCP 47 tag: "ko", "pt-BR", or "ko-Latn" for a romanisation, which is not the title a Korean reader knows. */
  language: string | null;
  countryCode: string | null;
}

/** Which titles a reader of the locale knows films by, for queries: none for English, the catalogue's own language. */
export interface TitleLanguage {
  language: Locale;
  /** Where a title with no language given counts as in it (i18n/locales.ts). */
  countries: readonly string[];
}

export function titleLanguageOf(locale: Locale): TitleLanguage | undefined {
  return locale === DEFAULT_LOCALE ? undefined : { language: locale, countries: localeSettings(locale).titleCountries };
}

function isWrittenIn(tag: string, locale: Locale) {
  const [primary, second] = tag.split("-");
  const namesAScript = second !== undefined && /^[A-Za-z]{4}$/.test(second);
  return primary!.toLowerCase() === locale && !namesAScript;
}

/**
 * The title the film goes by in the locale's language, if the catalogue has one: a title in that language (the
 * original first: 탈주 for a Korean reader), else one released in the language's country without a language given.
 * Working titles never; English readers get none, the film's title being English.
 */
export function titleInLanguage(titles: readonly FilmTitle[], locale: Locale): FilmTitle | undefined {
  if (locale === DEFAULT_LOCALE) return undefined;
  const released = titles.filter((title) => title.kind !== "working");
  const inLanguage = released.filter((title) => title.language !== null && isWrittenIn(title.language, locale));
  const countries: readonly string[] = localeSettings(locale).titleCountries;
  return (
    inLanguage.find((title) => title.kind === "original") ??
    inLanguage[0] ??
    released.find((title) => title.language === null && countries.includes(title.countryCode ?? ""))
  );
}

/** The plots in the locale's language first, the rest in the order the film lists them. */
export function plotsInLanguageFirst<P extends { language: string }>(plots: readonly P[], locale: Locale): P[] {
  const isLocal = (plot: P) => isWrittenIn(plot.language, locale);
  return [...plots.filter(isLocal), ...plots.filter((plot) => !isLocal(plot))];
}

/** The film with its title and plots as a reader of the locale sees them; `englishTitle` keeps the catalogue's. */
export function filmInLanguage<
  F extends { title: string; titles: readonly FilmTitle[]; plots: readonly { language: string }[] },
>(film: F, locale: Locale): F & { englishTitle: string; titleLanguage: string | undefined } {
  const local = titleInLanguage(film.titles, locale);
  return {
    ...film,
    title: local?.title ?? film.title,
    titleLanguage: local ? (local.language ?? locale) : undefined,
    englishTitle: film.title,
    plots: plotsInLanguageFirst(film.plots, locale) as F["plots"],
  };
}
