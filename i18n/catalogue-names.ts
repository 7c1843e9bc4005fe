// Genres and countries are rows of the catalogue, named in English there, where admins and imports keep them. Other
// languages name the genres they know from the messages and countries from Intl (CLDR); a genre an import created
// keeps its catalogue name. English pages show the catalogue's names as they are.
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import en from "@/messages/en.json";
import { DEFAULT_LOCALE, localeSettings, type Locale } from "./locales";

type Names = (typeof en)["CatalogueNames"];
type GenreSlug = keyof Names["genres"];
type HistoricalCountry = keyof Names["countries"];

/** The "CatalogueNames" messages of the page's language: `useTranslations` or `getTranslations` gives them. */
type CatalogueNamesTranslator = (key: `genres.${GenreSlug}` | `countries.${HistoricalCountry}`) => string;

const GENRE_SLUGS = Object.keys(en.CatalogueNames.genres);

// Countries that no longer exist: CLDR names their codes after a successor (SU as Russia, CS as Serbia), which a
// film made in Czechoslovakia is not; the messages name them.
const HISTORICAL_COUNTRIES = Object.keys(en.CatalogueNames.countries);

export function catalogueNamesIn(locale: Locale, t: CatalogueNamesTranslator) {
  const { intl } = localeSettings(locale);
  const regions = new Intl.DisplayNames([intl], { type: "region", fallback: "none" });
  const collator = new Intl.Collator(intl);
  return {
    /** For lists ordered by name: the catalogue orders by the English ones ("Czechia" is not "Česko"). */
    byName: (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name),
    genre({ slug, name }: { slug: string; name: string }): string {
      if (locale === DEFAULT_LOCALE || !GENRE_SLUGS.includes(slug)) return name;
      return t(`genres.${slug as GenreSlug}`);
    },
    country({ code, name }: { code: string; name: string }): string {
      if (locale === DEFAULT_LOCALE) return name;
      if (HISTORICAL_COUNTRIES.includes(code)) return t(`countries.${code as HistoricalCountry}`);
      return regions.of(code) ?? name;
    },
  };
}

/** The names in the page's language, for a server component that awaits. */
export async function getCatalogueNames() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("CatalogueNames")]);
  return catalogueNamesIn(locale, t);
}

/** The names in the page's language, for a component that renders without awaiting. */
export function useCatalogueNames() {
  return catalogueNamesIn(useLocale(), useTranslations("CatalogueNames"));
}
